using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// A button. There is deliberately no "id": the 1.2 schema does not allow it on actions (only 1.5 does), and our
/// bot routes by the submitted data instead.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
public abstract class CardAction : CardNode
{
    public string? Title { get; init; }

    /// <summary>1.1.</summary>
    public Uri? IconUrl { get; init; }

    /// <summary>1.2.</summary>
    public ActionStyle? Style { get; init; }

    /// <summary>What an older host does instead (1.2); give every <see cref="ExecuteAction"/> a Submit fallback.</summary>
    public ActionFallback? Fallback { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures()
    {
        if (IconUrl is not null)
        {
            yield return new CardFeature("iconUrl", CardVersion.V1_1);
        }

        if (Style is not null)
        {
            yield return new CardFeature("style", CardVersion.V1_2);
        }

        if (Fallback is not null)
        {
            yield return new CardFeature("fallback", CardVersion.V1_2);
        }
    }

    internal override IEnumerable<(string Path, CardNode Node)> Children() => Single("fallback", Fallback?.Action);
}
