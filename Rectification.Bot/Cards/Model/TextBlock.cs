namespace Rectification.Bot.Cards.Model;

/// <summary>
/// A paragraph of text. Teams reads a subset of Markdown in it (bold, italic, lists, links), so text taken from
/// people may format itself; set <see cref="Wrap"/> for anything longer than a few words, or it is cut at one line.
/// </summary>
public sealed class TextBlock(string text) : CardElement
{
    protected override string TypeName => "TextBlock";

    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; }

    /// <summary>With <see cref="Wrap"/>: the most lines shown before the host cuts the text with an ellipsis.</summary>
    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
