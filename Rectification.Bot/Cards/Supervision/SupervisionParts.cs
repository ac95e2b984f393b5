using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Cards.Supervision;

/// <summary>
/// How a colour of the ladder looks on a card: blue is the accent style, yellow the warning style, red the attention
/// style (the colours the hosts give those styles), always with the colour named in words, so it reads without colour too.
/// </summary>
public static class SupervisionParts
{
    public static ContainerStyle Style(SupervisionColour colour) => colour switch
    {
        SupervisionColour.Red => ContainerStyle.Attention,
        SupervisionColour.Yellow => ContainerStyle.Warning,
        SupervisionColour.Blue => ContainerStyle.Accent,
        _ => ContainerStyle.Default,
    };

    public static TextColor Color(SupervisionColour colour) => colour switch
    {
        SupervisionColour.Red => TextColor.Attention,
        SupervisionColour.Yellow => TextColor.Warning,
        SupervisionColour.Blue => TextColor.Accent,
        _ => TextColor.Default,
    };

    /// <summary>
    /// A band in the colour's style naming where the finding stands; nothing for a finding without a colour. Its text
    /// keeps the default colour: warning-coloured text on the warning band is barely legible.
    /// </summary>
    public static IEnumerable<CardElement> Banner(SupervisionStanding? standing, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (standing is null || texts.SupervisionLine(standing) is not { } line)
        {
            yield break;
        }

        yield return new Container([new TextBlock(line) { Weight = TextWeight.Bolder, Wrap = true }])
        {
            Style = Style(standing.Colour),
            Spacing = Spacing.Small,
        };
    }

    /// <summary>The recurrence count (反弹回潮, found at follow-up checks) in the attention colour; nothing when it never recurred.</summary>
    public static IEnumerable<CardElement> Recurrences(int count, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (count > 0)
        {
            yield return new TextBlock(texts.RecurrenceLine(count)) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Small };
        }
    }
}
