using Rectification.Domain.Progress;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Progress;
using Rectification.Domain.Findings;

namespace Rectification.Tests.Understanding.Phrasings;

/// <summary>One-message updates as staff write them: the status they state (or none), the percentage, the description left.</summary>
public sealed class UpdatePhrasingTests
{
    private const MeasureStatus Done = MeasureStatus.Completed;
    private const MeasureStatus Going = MeasureStatus.InProgress;
    private const MeasureStatus NotYet = MeasureStatus.NotStarted;

    public static TheoryData<string, Intent> Cases => new()
    {
        // Done, said the many ways people say it
        { "更新5.2：10月份又办了两场投融资路演，完成了", Update(5, 2, "10月份又办了两场投融资路演", Done, 100) },
        { "更新5.2：已经全部完成", Update(5, 2, "", Done, 100) },
        { "更新5.2：做完了", Update(5, 2, "", Done, 100) },
        { "更新5.2：完成了", Update(5, 2, "", Done, 100) },
        { "更新5.2：已完成", Update(5, 2, "", Done, 100) },
        { "更新5.2:已办结。", Update(5, 2, "", Done, 100) },
        { "更新５．２：已完成", Update(5, 2, "", Done, 100) },
        { "更新14.3：整改到位", Update(14, 3, "", Done, 100) },
        { "更新14.3：目前已全部完成，台账已归档", Update(14, 3, "台账已归档", Done, 100) },
        { "更新14.3：搞定了", Update(14, 3, "", Done, 100) },
        { "更新14.3：100%", Update(14, 3, "", Done, 100) },
        { "更新第十四项第三条：完成", Update(14, 3, "", Done, 100) },
        { "更新第14项第3条：班子已组建到位，已完成", Update(14, 3, "班子已组建到位", Done, 100) },
        { "第14项第3条进展：已完成 100%", Update(14, 3, "", Done, 100) },
        { "14.3: done", Update(14, 3, "", Done, 100) },
        { "14.3 done", Update(14, 3, "", Done, 100) },
        { "update 14.3: all done", Update(14, 3, "", Done, 100) },
        { "update 14.3: finished.", Update(14, 3, "", Done, 100) },
        { "update 14.3: rules issued, completed", Update(14, 3, "rules issued", Done, 100) },
        { "/update 14.3 completed", Update(14, 3, "", Done, 100) },
        { "update item 14 measure 3 done", Update(14, 3, "", Done, 100) },
        { "Update 14.3: Done!", Update(14, 3, "", Done, 100) },
        { "更新5.2：已完成 100% 10月份又办了两场路演", Update(5, 2, "10月份又办了两场路演", Done, 100) },
        { "第十四项第三条已完成", Update(14, 3, "", Done, 100) },
        { "14项3条完成了", Update(14, 3, "", Done, 100) },

        // Partly done and in progress, with or without a percentage
        { "第14项第3条完成80%", Update(14, 3, "", Going, 80) },
        { "5.3完成80%", Update(5, 3, "", Going, 80) },
        { "5.2完成80%", Update(5, 2, "", Going, 80) },
        { "更新14.3：已完成60%", Update(14, 3, "", Going, 60) },
        { "更新14.3：完成了百分之八十", Update(14, 3, "", Going, 80) },
        { "更新14.3：百分之八十", Update(14, 3, "", Going, 80) },
        { "更新14.3：推进中 60%", Update(14, 3, "", Going, 60) },
        { "更新14.3：推进中，６０％", Update(14, 3, "", Going, 60) },
        { "更新14.3：进度约70%", Update(14, 3, "", Going, 70) },
        { "更新14.3：基本完成", Update(14, 3, "", Going, null) },
        { "更新14.3：完成一半", Update(14, 3, "", Going, 50) },
        { "更新14.3：部分完成，还差两场培训", Update(14, 3, "还差两场培训", Going, null) },
        { "更新14.3：正在推进", Update(14, 3, "", Going, null) },
        { "第14项第3条进展：意向人选已确定，80%", Update(14, 3, "意向人选已确定", Going, 80) },
        { "第十四项第二条进展：百分之五十", Update(14, 2, "", Going, 50) },
        { "14.3: 谈心谈话已开展 55%", Update(14, 3, "谈心谈话已开展", Going, 55) },
        { "update 14.3: team lead appointed, 60%", Update(14, 3, "team lead appointed", Going, 60) },
        { "update 14.3: drafted the rules 30%", Update(14, 3, "drafted the rules", Going, 30) },
        { "update 14.3: 80% done", Update(14, 3, "", Going, 80) },
        { "update 14.3: about 80 percent complete", Update(14, 3, "", Going, 80) },
        { "update 14.3: in progress", Update(14, 3, "", Going, null) },
        { "update 14.3: partly done", Update(14, 3, "", Going, null) },
        { "14.3 60%", Update(14, 3, "", Going, 60) },
        { "27.1 70% done", Update(27, 1, "", Going, 70) },

        // Negation: not done is not done
        { "更新14.3：还没完成", Update(14, 3, "", Going, null) },
        { "更新14.3：没有完成，下周继续", Update(14, 3, "下周继续", Going, null) },
        { "更新14.3：尚未完成 60%", Update(14, 3, "", Going, 60) },
        { "update 14.3: not completed yet", Update(14, 3, "", Going, null) },
        { "update 14.3: not done yet", Update(14, 3, "", Going, null) },
        { "update 14.3: not yet", Update(14, 3, "", Going, null) },
        { "更新14.3：还没开始", Update(14, 3, "", NotYet, null) },
        { "更新14.3：尚未启动", Update(14, 3, "", NotYet, null) },
        { "update 14.3: not started", Update(14, 3, "", NotYet, null) },

        // No status stated: the description alone, the measure keeps its status
        { "更新14.3：已完成班子组建", Update(14, 3, "已完成班子组建", null, null) },
        { "14.3: 班子组建已完成", Update(14, 3, "班子组建已完成", null, null) },
        { "更新14.3：召开了专题会议", Update(14, 3, "召开了专题会议", null, null) },
        { "update item 14 measure 2: weekly meetings held", Update(14, 2, "weekly meetings held", null, null) },

        // Links are evidence
        { "更新14.3：纪要见 https://docs.example.org/m.pdf", Update(14, 3, "纪要", null, null, "https://docs.example.org/m.pdf") },
        { "更新14.3：https://docs.example.org/m.pdf 已完成", Update(14, 3, "", Done, 100, "https://docs.example.org/m.pdf") },
        { "update 14.3: minutes at https://docs.example.org/m.pdf, done", Update(14, 3, "minutes", Done, 100, "https://docs.example.org/m.pdf") },
        { "更新5.1：还是已完成，没变化", Update(5, 1, "", Done, 100) },
        { "update 5.1: still done, no change", Update(5, 1, "", Done, 100) },

        // Ambiguous or self-contradictory: the dialog asks, with what was understood
        { "更新14.3：完成了，80%", new ReportIntent(14, 3, Problem: ProgressStatementProblem.Contradictory) },
        { "更新14.3：未开始 60%", new ReportIntent(14, 3, Problem: ProgressStatementProblem.Contradictory) },
        { "更新14.3：已完成，推进中", new ReportIntent(14, 3, Problem: ProgressStatementProblem.Contradictory) },
        { "update 14.3: 50% 80%", new ReportIntent(14, 3, Problem: ProgressStatementProblem.TwoPercentages) },
        { "update 14.3: 150%", new ReportIntent(14, 3, Problem: ProgressStatementProblem.PercentOutOfRange) },
        { "第14项第3条完成80%，90%", new ReportIntent(14, 3, Problem: ProgressStatementProblem.TwoPercentages) },

        // Incomplete: the dialog asks the rest
        { "更新第十四项：人选已确定", new ReportIntent(14, null, "人选已确定") },
        { "更新第十四项：已完成", new ReportIntent(14, null, null, Done, 100) },
        { "update 14: 60%", new ReportIntent(14, null, null, Going, 60) },
        { "更新：班子已组建", new ReportIntent(null, null, "班子已组建") },
        { "更新13：完成百分之八十", new ReportIntent(13, null, null, Going, 80) },
        { "更新 13：完成百分之八十", new ReportIntent(13, null, null, Going, 80) },
        { "更新13", new ReportIntent(13) },
        { "更新14.3", new ReportIntent(14, 3) },
        { "update", new ReportIntent(null) },

        // A bare status word outside a dialog asks for the findings in that state
        { "推进中", new ListFindingsIntent(FindingListFilter.Open) },
        { "整改中", new ListFindingsIntent(FindingListFilter.Open) },
        { "which can be signed off", new ListFindingsIntent(FindingListFilter.AwaitingSignOff) },
        { "what can be signed off?", new ListFindingsIntent(FindingListFilter.AwaitingSignOff) },
        { "what is ready to sign off", new ListFindingsIntent(FindingListFilter.AwaitingSignOff) },

        // Questions about a measure are not updates
        { "第14项第3条完成了吗", new FindingStatusIntent(14) },
        { "第14项第3条进展如何", new FindingStatusIntent(14) },
        { "第14项第3条完成了没有", new FindingStatusIntent(14) },
        { "第一项完成了吗", new FindingStatusIntent(1) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsUnderstoodAs(string message, Intent expected) => Phrasings.Assert(message, expected);

    private static MeasureUpdateIntent Update(int finding, int measure, string text, MeasureStatus? status, int? percent, string? link = null) =>
        new(finding, measure, text, status, percent, link);
}
