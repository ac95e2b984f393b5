namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string RoundsTitle(int count) => $"巡察轮次（{count}）";

    public override string RoundLine(string group, string organization, string fedBack, string announced, int findings, bool current) =>
        $"• {group}巡察{organization}：{fedBack}反馈，{announced}公布整改进展，{findings} 个问题{(current ? "（当前轮次）" : "")}";

    public override string RoundsNote => "问题编号（如“第十四项”）按当前轮次即最近公布的一轮理解。";

    public override string NoRounds => "台账中还没有巡察轮次。管理员可以用 import 命令导入巡察整改进展公告。";
}
