using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// A paragraph of text, meant literally: hosts read a subset of Markdown in it, so its JSON carries the text escaped
/// (<see cref="CardMarkdown"/>) and a progress note written as <c>**bold**</c> or <c>[link](…)</c> shows as typed. Set
/// <see cref="Wrap"/> for anything longer than a few words, or it is cut at one line.
/// </summary>
public sealed class TextBlock : CardElement
{
    public TextBlock(string text) => Text = text ?? throw new ArgumentNullException(nameof(text));

    // A card read back (from the outbox) gets its text from the escaped JSON, through MarkdownText.
    [JsonConstructor]
    private TextBlock() => Text = string.Empty;

    protected override string TypeName => "TextBlock";

    [JsonIgnore]
    public string Text { get; private set; }

    /// <summary>The text as the card's JSON carries it, escaped for the hosts' Markdown.</summary>
    [JsonPropertyName("text")]
    public string MarkdownText
    {
        get => CardMarkdown.Escape(Text);
        init => Text = CardMarkdown.Unescape(value);
    }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; }

    /// <summary>With <see cref="Wrap"/>: the most lines shown before the host cuts the text with an ellipsis.</summary>
    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
