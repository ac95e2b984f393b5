using System.Text.Json.Nodes;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;

namespace Rectification.Bot.Cards;

/// <summary>
/// A card's buttons answer in the card's language: every button of ours (its data names an intent) carries the
/// language the card was written in, so a press is answered in it whatever language the client is set to. A Chinese
/// card in an English Teams client opens a Chinese form.
/// </summary>
public static class CardLanguage
{
    public const string DataMember = "lang";

    /// <summary>Marks the card's buttons in place and returns the card.</summary>
    public static AdaptiveCard Stamp(AdaptiveCard card, Language language)
    {
        ArgumentNullException.ThrowIfNull(card);
        foreach (var data in ButtonData(card))
        {
            data[DataMember] = Code(language);
        }

        return card;
    }

    /// <summary>The language a button's data names; null for data without one (older cards, other bots' buttons).</summary>
    public static Language? Read(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data[DataMember] is JsonValue value && value.TryGetValue<string>(out var code)
            ? code switch { "zh" => Language.Chinese, "en" => Language.English, _ => null }
            : null;
    }

    private static string Code(Language language) => language == Language.English ? "en" : "zh";

    private static IEnumerable<JsonObject> ButtonData(CardNode node)
    {
        var data = node switch
        {
            SubmitAction submit => submit.Data,
            ExecuteAction execute => execute.Data,
            _ => null,
        };
        if (data is JsonObject ours && ours.ContainsKey("intent"))
        {
            yield return ours;
        }

        foreach (var (_, child) in node.Children())
        {
            foreach (var nested in ButtonData(child))
            {
                yield return nested;
            }
        }
    }
}
