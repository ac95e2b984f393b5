using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// An element of a card's body. Serialized with its schema name in "type", which System.Text.Json writes first;
/// every concrete element must be listed here or serialization throws.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
public abstract class CardElement : CardNode
{
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    /// <summary>1.2.</summary>
    public bool? IsVisible { get; init; }

    /// <summary>What an older host shows instead of this element (1.2).</summary>
    public ElementFallback? Fallback { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures()
    {
        if (IsVisible is not null)
        {
            yield return new CardFeature("isVisible", CardVersion.V1_2);
        }

        if (Fallback is not null)
        {
            yield return new CardFeature("fallback", CardVersion.V1_2);
        }
    }

    internal override IEnumerable<(string Path, CardNode Node)> Children() => Single("fallback", Fallback?.Element);
}
