using System.Globalization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string SignOffEvidenceMissing(int finding, IReadOnlyList<WorkWithoutEvidence> missing) =>
        $"第{finding}项暂不能销号：以下已完成的工作还没有佐证材料——\n"
        + string.Join("\n", missing.Select(w => $"· {WorkLabel(w.MeasureOrdinal, w.NextStepOrdinal)}：{w.Text}"))
        + $"\n请先补充佐证（链接或附件），例如“补充第{finding}项第{missing.FirstOrDefault(w => w.MeasureOrdinal is not null)?.MeasureOrdinal ?? 1}条佐证：https://…”；"
        + $"如确实无需佐证，请说明理由，例如“销号第{finding}项，理由：已现场核实”。";

    public override string SignOffReasonRequired(int finding) =>
        $"不附佐证销号须说明理由，理由会记入第{finding}项的历史。例如“销号第{finding}项，理由：已现场核实”或“销号第{finding}项 无需佐证，因为……”。";

    public override string SignOffReasonTooLong(int length, int maxLength) =>
        $"理由有{length}个字，最多{maxLength}个字，请精简后再发。";

    public override string SignOffEvidenceTitle(int finding) => $"第{finding}项销号佐证";

    public override string WholeFindingEvidence => "问题整体";

    public override string NoEvidenceForWork => "无佐证材料";

    public override string SignedOffWithoutEvidence(string reason) => $"不附佐证销号，理由：{reason}";

    public override string OpenEvidenceLink(string name) => $"打开：{name}";

    public override string EvidenceFileTypeRefused(string fileName, string? contentType, IReadOnlyList<string> allowed) =>
        $"附件“{fileName}”的类型（{contentType ?? "未知"}）不能作为佐证材料，未保存。可用的类型：{string.Join("、", allowed)}；也可以发送一个链接。";

    public override string EvidenceFileTooLarge(string fileName, long bytes, long maxBytes) =>
        $"附件“{fileName}”有{Megabytes(bytes)}，超过佐证材料的上限{Megabytes(maxBytes)}，未保存。请压缩后再发，或发送链接。";

    private string WorkLabel(int? measure, int? nextStep) => measure is { } m ? MeasureNumber(m) : NextStepNumber(nextStep ?? 0);

    private static string Megabytes(long bytes) => (bytes / 1048576d).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
