namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string WebTitle => "巡察整改助手";

    public override string WebChatLink => "对话";

    public override string WebChatFailed => "对话暂时无法开始，请刷新页面重试；如仍不行，请联系管理员。";
}
