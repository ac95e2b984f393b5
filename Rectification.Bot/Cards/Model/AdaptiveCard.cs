using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// The root of a card. The version is required: Teams mobile needs it, and <see cref="CardVersionGuard"/> holds
/// the content to it. Teams' "msteams" extension (full width, mentions) is left out on purpose: the official
/// schema rejects it, and our display cards fit the default width.
/// </summary>
public sealed class AdaptiveCard(CardVersion version) : CardNode
{
    protected override string TypeName => "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    public string Type => SchemaName;

    [JsonPropertyOrder(-1)]
    public CardVersion Version { get; } = version;

    /// <summary>1.4.</summary>
    public Refresh? Refresh { get; init; }

    public List<CardElement> Body { get; init; } = [];

    public List<CardAction> Actions { get; init; } = [];

    /// <summary>What a tap anywhere on the card does (1.1).</summary>
    public ISelectAction? SelectAction { get; init; }

    /// <summary>Shown by hosts that cannot render the declared version.</summary>
    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    /// <summary>The card's language as a bare ISO 639-1 code ("zh"); the renderer library refuses "zh-CN".</summary>
    public string? Lang { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures()
    {
        if (Refresh is not null)
        {
            yield return new CardFeature("refresh", CardVersion.V1_4);
        }

        if (SelectAction is not null)
        {
            yield return new CardFeature("selectAction", CardVersion.V1_1);
        }
    }

    internal override IEnumerable<(string Path, CardNode Node)> Children() =>
        Single("refresh", Refresh)
            .Concat(Indexed("body", Body))
            .Concat(Indexed("actions", Actions))
            .Concat(Single("selectAction", SelectAction as CardNode));
}
