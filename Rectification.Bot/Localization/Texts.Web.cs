namespace Rectification.Bot.Localization;

/// <summary>The web pages: the chat page at / and its navigation.</summary>
public abstract partial class Texts
{
    public abstract string WebTitle { get; }

    public abstract string WebChatLink { get; }

    public abstract string WebChatFailed { get; }
}
