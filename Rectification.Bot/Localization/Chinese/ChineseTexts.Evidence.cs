using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string EvidenceProblem(EvidenceProblem problem) => problem switch
    {
        Domain.Findings.EvidenceProblem.SeveralLinks => "一次请只发一个链接（可以在链接前写上名称，如“会议纪要 https://…”）。其余的可以之后补充，例如“补充第14项第3条佐证：https://…”。",
        Domain.Findings.EvidenceProblem.TooLong => "佐证材料的名称或链接太长了。",
        _ => "这不像佐证材料：佐证材料是一个链接（如“会议纪要 https://…”）或直接发送的附件。没有佐证请回复“无”跳过。",
    };

    public override string EvidenceAdded(int finding, int? measure, string backedEntry, string evidence) =>
        $"已为第{finding}项{MeasurePart(measure)}的记录“{backedEntry}”补充佐证材料：{evidence}。";

    public override string AskEvidenceFor(int finding, int? measure) =>
        $"请发送第{finding}项{MeasurePart(measure)}的佐证材料：一个链接，或直接发送附件。不补充了请回复“取消”。";

    public override string HelpStepEvidenceFor(int finding, int? measure) =>
        $"佐证材料会记在第{finding}项{MeasurePart(measure)}最新一条进展下，原记录不会被修改。请发送一个链接（可以带名称）或附件；回复“取消”则不补充。";

    public override string AskWhichFindingForEvidence => "要为哪一项补充佐证？例如“补充第14项第3条佐证：https://…”，或发送附件并写上“第14项佐证”。";

    public override string EvidenceNotAdded => "好的，未补充佐证材料。";

    public override string NoEntryToBack(int finding, int? measure) =>
        $"第{finding}项{MeasurePart(measure)}还没有可以附佐证的进展记录，请先汇报进展，例如“汇报第{finding}项进展”。";

    public override string AskReopenReasonStep(int finding) =>
        $"请说明重新打开第{finding}项的原因（直接回复原因即可，例如“反弹回潮”）。回复“取消”则不重新打开。";

    public override string HelpStepReopenReason(int finding) =>
        $"重新打开后，第{finding}项回到“整改中”，原因会记入历史。请用一句话说明原因；回复“取消”则不重新打开。";

    public override string ReopenReasonMissing => "请用一句话说明重新打开的原因。";

    private static string MeasurePart(int? measure) => measure is { } ordinal ? $"第{ordinal}条措施" : string.Empty;
}
