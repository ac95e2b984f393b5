using Rectification.Domain.Findings;

namespace Rectification.Domain.Reporting;

/// <summary>
/// What a weekly digest says, as values: built by <see cref="DigestBuilder"/>, rendered by a channel. Figures
/// describe the ledger as it stands at <see cref="AsOf"/>; <see cref="Changes"/> covers <see cref="Period"/>.
/// </summary>
/// <param name="Period">The week whose entries <see cref="Changes"/> lists.</param>
/// <param name="AsOf">The instant the digest was built for.</param>
/// <param name="Today">The subscriber's calendar day at <see cref="AsOf"/>; deadlines are compared with it.</param>
/// <param name="StallDays">The stall threshold used, so a renderer can name it.</param>
/// <param name="DueSoonDays">The due-soon window used, so a renderer can name it.</param>
public sealed record DigestReport(
    DigestPeriod Period,
    DateTimeOffset AsOf,
    DateOnly Today,
    int StallDays,
    int DueSoonDays,
    DigestTotals Totals,
    DigestChanges Changes,
    DigestList<DigestDeadlineItem> Overdue,
    DigestList<DigestDeadlineItem> DueSoon,
    DigestList<DigestStalledItem> Stalled,
    IReadOnlyList<DigestDepartmentRow> Departments,
    IReadOnlyList<DigestDeadline> NextDeadlines)
{
    /// <summary>督办情况: the ladder's colours and the recurrences, as of <see cref="AsOf"/>.</summary>
    public DigestSupervision Supervision { get; init; } = DigestSupervision.Empty;

    /// <summary>For a responsible leader's digest, the findings that are theirs (listed first); null for anyone else.</summary>
    public DigestAccountability? Accountability { get; init; }
}

/// <summary>Where the whole round stands.</summary>
/// <param name="Percent">Completed measures out of all measures, in whole percent rounded down (0 without measures),
/// so 100 means every measure is done.</param>
public sealed record DigestTotals(
    int Findings,
    int InProgress,
    int CompletedAwaitingSignOff,
    int SignedOff,
    int Measures,
    int MeasuresCompleted,
    int Percent);

/// <summary>The history entries recorded in the period: the most recent spelled out, all of them counted.</summary>
/// <param name="Shown">The most recent entries, newest first, at most <see cref="DigestOptions.MaxChangeLines"/>.</param>
/// <param name="TotalCount">Every entry recorded in the period.</param>
/// <param name="ByKind">How many of each kind, in the order of <see cref="ProgressEntryKind"/>; kinds with none are left out.</param>
/// <param name="StatusChanges">Entries that changed a finding's status (e.g. in progress → completed).</param>
/// <param name="FindingsChanged">Distinct findings with at least one entry.</param>
public sealed record DigestChanges(
    IReadOnlyList<DigestChange> Shown,
    int TotalCount,
    IReadOnlyList<DigestKindCount> ByKind,
    int StatusChanges,
    int FindingsChanged)
{
    public int Omitted => TotalCount - Shown.Count;
}

/// <summary>One history entry of the period, as a digest line needs it.</summary>
/// <param name="FindingTitle">The title, cut to <see cref="DigestOptions.TitleLength"/>.</param>
/// <param name="MeasureOrdinal">The measure reported on; null when the entry is about the whole finding.</param>
public sealed record DigestChange(
    int FindingNumber,
    string FindingTitle,
    ProgressEntryKind Kind,
    string AuthorName,
    DateTime RecordedAtUtc,
    int? MeasureOrdinal,
    MeasureStatus? MeasureStatusBefore,
    MeasureStatus? MeasureStatusAfter,
    int? PercentBefore,
    int? PercentAfter,
    FindingStatus StatusBefore,
    FindingStatus StatusAfter)
{
    public bool ChangesStatus => StatusBefore != StatusAfter;
}

public sealed record DigestKindCount(ProgressEntryKind Kind, int Count);

/// <summary>A list the digest spells out up to a limit and counts in full.</summary>
public sealed record DigestList<T>(IReadOnlyList<T> Shown, int TotalCount)
{
    public int Omitted => TotalCount - Shown.Count;
}

/// <summary>An in-progress finding measured against its deadline.</summary>
/// <param name="DaysLeft">Due soon: deadline minus today in calendar days, 0 when due today. Overdue: negative, the
/// working days past the deadline on the office's calendar (<see cref="Supervision.SupervisionLadder.WorkingDaysLeft"/>).</param>
public sealed record DigestDeadlineItem(int Number, string Title, string? Department, DateOnly Deadline, int DaysLeft)
{
    public int DaysOverdue => -DaysLeft;
}

/// <summary>An in-progress finding nobody has reported on for a while.</summary>
/// <param name="LastEntryAtUtc">The latest history entry of any kind (the Announced one when nothing followed);
/// null when the finding has no history at all.</param>
/// <param name="DaysSinceLastEntry">Today minus the subscriber's calendar day of that entry; null without history.</param>
public sealed record DigestStalledItem(int Number, string Title, string? Department, DateTime? LastEntryAtUtc, int? DaysSinceLastEntry);

/// <summary>One row of the per-department table.</summary>
/// <param name="Department">The responsible department as recorded; null for findings without one.</param>
/// <param name="Overdue">In-progress findings of the department past their deadline.</param>
public sealed record DigestDepartmentRow(
    string? Department,
    int Findings,
    int InProgress,
    int CompletedAwaitingSignOff,
    int SignedOff,
    int Overdue);

/// <summary>An upcoming deadline date and the in-progress findings due on it.</summary>
/// <param name="DaysLeft">Date minus today: 0 when it is today.</param>
public sealed record DigestDeadline(DateOnly Date, int DaysLeft, IReadOnlyList<int> FindingNumbers);
