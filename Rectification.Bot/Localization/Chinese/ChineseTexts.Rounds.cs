namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string RoundsTitle(int count) => $"巡察轮次（{count}）";

    public override string RoundLine(int ordinal, string group, string organization, string fedBack, string announced, int findings, bool current) =>
        $"{ordinal}. {group}巡察{organization}：{fedBack}反馈，{announced}公布整改进展，{findings} 个问题{(current ? "（当前轮次）" : "")}";

    public override string RoundsNote =>
        "问题编号（如“第十四项”）按本会话的当前轮次理解。管理员可发送“切换到第2轮巡察”更换当前轮次；也可以在问题里写明轮次，如“第2轮第14项进展如何”。";

    public override string NoRounds => "台账中还没有巡察轮次。管理员可以用 import 命令导入巡察整改进展公告。";

    public override string RoundSwitched(int ordinal, string group, string organization, bool team) =>
        $"已切换：{(team ? "本团队各频道" : "本会话")}的当前轮次是第{ordinal}轮（{group}巡察{organization}）。“第十四项进展如何”、问题清单、关键词和我的待办现在都按这一轮回答。";

    public override string RoundNotFound(string said, int rounds) =>
        rounds == 0
            ? $"没有找到“{said}”：台账中还没有巡察轮次。"
            : $"没有找到“{said}”这一巡察轮次。台账中有 {rounds} 轮，发送“有哪些巡察轮次”查看。";

    public override string DigestCoversRound(int ordinal) => $"周报只包含第{ordinal}轮巡察的问题。";

    public override string RoundChoice(string said) => $"“{said}”对应多轮巡察，请用序号指明是哪一轮：";

    public override string RoundChoiceHint(int exampleOrdinal, bool switching) =>
        switching ? $"例如发送“切换到第{exampleOrdinal}轮巡察”。" : $"例如“第{exampleOrdinal}轮第14项进展如何”。";
}
