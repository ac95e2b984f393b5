using System.Globalization;
using Rectification.Bot.Cards.Model;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Cards;

/// <summary>The building blocks our cards share, so they look alike and stay within 1.2.</summary>
internal static class CardParts
{
    /// <summary>
    /// A display card: 1.2, because Teams mobile renders nothing newer reliably. No "lang": hosts use it only for
    /// the DATE()/TIME() text functions we do not use, and the renderer library (3.0.6) checks it with a stateful
    /// regular expression that rejects every second card it sees.
    /// </summary>
    public static AdaptiveCard DisplayCard() => new(CardVersion.V1_2);

    public static TextBlock Title(string text, TextColor? color = null) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Color = color };

    public static TextBlock SectionHeading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium };

    public static TextBlock Paragraph(string text) => new(text) { Wrap = true };

    /// <summary>"佐证材料：会议纪要 https://…", one line per piece of evidence that backs an entry.</summary>
    public static IEnumerable<TextBlock> EvidenceNotes(IEnumerable<Evidence> evidence, Texts texts) =>
        evidence.Select(e => Note(texts.Labelled(texts.ConfirmEvidenceLabel, EvidenceText(e.Name, e.Url))));

    /// <summary>
    /// A piece of evidence as one text: its name and its web link, whichever it has. A channel's own reference to a file
    /// (Telegram's file id) means nothing to a reader, so it is shown only when the evidence has no name.
    /// </summary>
    public static string EvidenceText(string? name, string? url) =>
        string.Join(" ", new[] { name, name is not null && CardText.WebLink(url) is null ? null : url }.Where(s => s is not null));

    public static TextBlock Note(string text, int? maxLines = null) =>
        new(text) { Size = TextSize.Small, IsSubtle = true, Wrap = true, MaxLines = maxLines, Spacing = Spacing.None };

    /// <summary>
    /// Wide enough for "29" in bold. A fixed width lines the texts of a list up, which "auto" would not.
    /// </summary>
    public static ColumnWidth MarkerWidth { get; } = ColumnWidth.Pixels(24);

    /// <summary>
    /// A numbered list item: the text wraps under itself, not under the number, which keeps long measures readable
    /// on a narrow phone. The number is bold and has no period on purpose: Teams and the renderer read "1." as a
    /// Markdown list and indent it.
    /// </summary>
    public static ColumnSet NumberedItem(int number, IEnumerable<CardElement> content, Spacing spacing = Spacing.Small) =>
        HangingItem(MarkerWidth, Number(number), content, spacing);

    /// <summary>A bulleted list item ("•", "›"), the text hanging like <see cref="NumberedItem"/>.</summary>
    public static ColumnSet BulletedItem(string bullet, IEnumerable<CardElement> content, Spacing spacing = Spacing.Small) =>
        HangingItem(ColumnWidth.Auto, new TextBlock(bullet), content, spacing);

    public static TextBlock Number(int number) => new(number.ToString(CultureInfo.InvariantCulture)) { Weight = TextWeight.Bolder };

    // The text column sits at small spacing from the marker: the default gap looks detached on a phone.
    private static ColumnSet HangingItem(ColumnWidth markerWidth, TextBlock marker, IEnumerable<CardElement> content, Spacing spacing) =>
        new([
            new Column(markerWidth, [marker]),
            new Column(ColumnWidth.Stretch, content) { Spacing = Spacing.Small },
        ])
        { Spacing = spacing };

    /// <summary>
    /// Buttons one under the other, each in its own ActionSet: side by side, a phone cuts their titles to a few
    /// characters.
    /// </summary>
    public static IEnumerable<ActionSet> StackedButtons(IEnumerable<SubmitAction> buttons) =>
        buttons.Select(button => new ActionSet([button]) { Spacing = Spacing.Small });

    public static SubmitAction Submit(string title, CardSubmitData data) => new() { Title = title, Data = data.ToJson() };

    public static TextColor StatusColor(FindingStatus status) => status switch
    {
        FindingStatus.InProgress => TextColor.Accent,
        _ => TextColor.Good,
    };

    public static TextColor StatusColor(MeasureStatus status) => status switch
    {
        MeasureStatus.Completed => TextColor.Good,
        MeasureStatus.InProgress => TextColor.Accent,
        _ => TextColor.Default,
    };
}
