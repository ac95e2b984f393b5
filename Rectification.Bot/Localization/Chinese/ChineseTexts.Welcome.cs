namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string WelcomeTitle => "您好，我是巡察整改助手";

    public override string WelcomeIntro => "我跟踪市委巡察反馈问题的整改情况：每个问题的整改措施、进展和销号。直接用中文或英文提问即可。";

    public override string WelcomeTeamIntroduction =>
        "大家好，我是巡察整改助手，可以查询巡察反馈问题的整改进展。请 @我 并提问，例如“第十四项进展如何”；发送“帮助”可查看我能做什么。";
}
