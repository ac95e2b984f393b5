namespace Rectification.Bot.Cards.Model;

/// <summary>
/// An input of a form card. Its <see cref="CardElement.Id"/> names the value in the submitted data. Labels,
/// required inputs and error messages came with 1.3: a 1.2 card puts its label in a TextBlock above the input.
/// </summary>
public abstract class InputElement : CardElement
{
    protected InputElement(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>1.3.</summary>
    public string? Label { get; init; }

    /// <summary>1.3.</summary>
    public bool? IsRequired { get; init; }

    /// <summary>1.3.</summary>
    public string? ErrorMessage { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures()
    {
        var features = base.NewerFeatures().ToList();
        AddIfSet(features, Label, "label");
        AddIfSet(features, IsRequired, "isRequired");
        AddIfSet(features, ErrorMessage, "errorMessage");
        return features;
    }

    private static void AddIfSet(List<CardFeature> features, object? value, string name)
    {
        if (value is not null)
        {
            features.Add(new CardFeature(name, CardVersion.V1_3));
        }
    }
}
