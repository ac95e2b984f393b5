namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string WebTitle => "Rectification assistant";

    public override string WebChatLink => "Chat";

    public override string WebChatFailed => "The chat could not start. Reload the page to try again; if it still fails, ask an administrator.";
}
