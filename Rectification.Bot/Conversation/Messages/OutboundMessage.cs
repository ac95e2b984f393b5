using Rectification.Bot.Cards.Model;

namespace Rectification.Bot.Conversation.Messages;

/// <summary>
/// One answer or notice, as the conversation builds it. A channel decides how to show it: the card where it renders
/// cards, else the card in its own form (HTML and buttons), else <see cref="Text"/>, which always reads on its own.
/// </summary>
public sealed record OutboundMessage
{
    /// <summary>The message as plain text (for a card, the card rendered as text).</summary>
    public string Text { get; init; } = string.Empty;

    public TextFormat Format { get; init; } = TextFormat.Plain;

    public AdaptiveCard? Card { get; init; }

    /// <summary>Replies the person can tap instead of typing.</summary>
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];

    /// <summary>The language the message is in (BCP 47).</summary>
    public string? Locale { get; init; }

    /// <summary>What a notification or a chat list shows of the message; the text when null.</summary>
    public string? Summary { get; init; }

    /// <summary>
    /// A file or picture the message carries, sent only where <see cref="ChannelCapabilities.ReceivesFiles"/> (or, for
    /// an image, <see cref="ChannelCapabilities.ReceivesImages"/>) says the channel takes it; <see cref="Text"/> says what it is.
    /// </summary>
    public FileAttachment? Attachment { get; init; }
}

/// <summary>A tappable reply: the title shown and the text sent as if typed.</summary>
public sealed record Suggestion(string Title, string Text);

public enum TextFormat
{
    Plain,

    /// <summary>CommonMark as Teams and Web Chat read it.</summary>
    Markdown,
}
