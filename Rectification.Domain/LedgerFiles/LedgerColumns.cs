using Rectification.Domain.Findings;

namespace Rectification.Domain.LedgerFiles;

/// <summary>
/// The one home of the ledger file's layout and wording: sheet names, column headers in order, status words and the
/// row keys. The file is written in the office's language, like the ledger's history, whatever language a reader uses.
/// </summary>
public static class LedgerColumns
{
    public const string LedgerSheet = "整改台账";
    public const string SummarySheet = "汇总";

    public const string Key = "序号";
    public const string Problem = "问题";
    public const string Category = "问题类别";
    public const string Measure = "整改措施";
    public const string Target = "整改目标";
    public const string Leader = "责任领导";
    public const string Department = "责任部门";
    public const string Deadline = "完成时限";
    public const string Status = "整改状态";
    public const string Progress = "进展情况";
    public const string Evidence = "佐证材料";
    public const string UpdatedAt = "更新时间";
    public const string SignedOff = "是否销号";

    /// <summary>The ledger sheet's columns, in order; an imported file must have exactly these headers.</summary>
    public static readonly IReadOnlyList<string> Headers =
        [Key, Problem, Category, Measure, Target, Leader, Department, Deadline, Status, Progress, Evidence, UpdatedAt, SignedOff];

    /// <summary>The columns an import reads; the others describe the ledger and are written by the bot.</summary>
    public static readonly IReadOnlyList<string> Importable = [Category, Leader, Department, Deadline];

    /// <summary>The 整改状态 of a next-step row: planned work, not a measure.</summary>
    public const string NextStepMarker = "下一步";

    public const string Yes = "是";
    public const string No = "否";

    public static string MeasureStatusWord(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "未开始",
        MeasureStatus.InProgress => "整改中",
        MeasureStatus.Completed => "已完成",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string FindingStatusWord(FindingStatus status) => status switch
    {
        FindingStatus.InProgress => "整改中",
        FindingStatus.Completed => "已完成，待销号",
        FindingStatus.SignedOff => "已销号",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
