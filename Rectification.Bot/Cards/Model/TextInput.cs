namespace Rectification.Bot.Cards.Model;

/// <summary>Input.Text: free text, one line or several.</summary>
public sealed class TextInput(string id) : InputElement(id)
{
    protected override string TypeName => "Input.Text";

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public TextInputStyle? Style { get; init; }

    /// <summary>A pattern the value must match (1.3).</summary>
    public string? Regex { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures() =>
        base.NewerFeatures().Concat(Regex is null ? [] : [new CardFeature("regex", CardVersion.V1_3)]);
}
