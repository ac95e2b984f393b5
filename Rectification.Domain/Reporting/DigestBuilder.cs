using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.Supervision;

namespace Rectification.Domain.Reporting;

/// <summary>
/// Computes a weekly digest from the findings of one round. A pure function: the round (<see cref="DigestRound"/>:
/// a row per finding and the entries of the period), the period and "now" go in, a <see cref="DigestReport"/> comes
/// out; it reads no clock and no database.
/// </summary>
/// <remarks>
/// The rules, all in the subscriber's time zone (<see cref="DigestPeriod.Zone"/>), with today the calendar day of
/// <c>now</c> there:
/// <list type="bullet">
/// <item>Changed in the period: history entries of any kind whose <see cref="ProgressEntry.RecordedAtUtc"/> lies in
/// [<see cref="DigestPeriod.StartUtc"/>, <see cref="DigestPeriod.EndUtc"/>) — the Monday 00:00 instant belongs to
/// the week it opens, the next Monday 00:00 does not. Newest first; ties keep the later-recorded entry first.</item>
/// <item>Overdue: the ladder's one rule (<see cref="SupervisionLadder.IsOverdue"/>): in progress and past its due day in
/// working days on the office's calendar, counted in working days. Completed findings awaiting sign-off and 长期坚持 are
/// never overdue.</item>
/// <item>Due soon: in progress and deadline from today up to today + <see cref="DigestOptions.DueSoonDays"/>, both ends
/// included.</item>
/// <item>Stalled: in progress and at least <see cref="DigestOptions.StallDays"/> calendar days between the day of the
/// latest history entry of any kind (the Announced one when nothing followed) and today; a finding without any
/// history is stalled too.</item>
/// <item>Percent: completed measures × 100 / all measures, rounded down, so 100 only when every measure is done;
/// 0 when there are no measures.</item>
/// <item>Next deadlines: the earliest distinct deadline dates, from today on, of in-progress findings.</item>
/// <item>Departments: one row per responsible department as recorded (ordinal order), then one row for findings
/// without a department, if any.</item>
/// </list>
/// Totals describe the findings as they stand now, not as they stood at the end of the period.
/// </remarks>
public static class DigestBuilder
{
    private const string Ellipsis = "…";

    /// <summary>The digest of findings held in memory (with their whole history).</summary>
    public static DigestReport Build(
        IReadOnlyList<Finding> findings,
        DigestPeriod period,
        DateTimeOffset now,
        DigestOptions options,
        SupervisionLadder? ladder = null) =>
        Build(DigestRound.From(findings), period, now, options, ladder);

    /// <summary>The digest of a round as the ledger's aggregating queries return it.</summary>
    /// <param name="ladder">The office's ladder and calendar; null counts plain weekdays (no holiday notice).</param>
    public static DigestReport Build(
        DigestRound round,
        DigestPeriod period,
        DateTimeOffset now,
        DigestOptions options,
        SupervisionLadder? ladder = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var today = period.DateOf(now);
        var ordered = round.Findings.OrderBy(f => f.Number).ToList();
        string Title(DigestFindingRow f) => Shorten(f.Title, options.TitleLength);
        var office = ladder ?? SupervisionLadder.Weekdays;
        bool IsOverdue(DigestFindingRow f) => office.IsOverdue(f.Status, f.Deadline, today);

        List<DigestDeadlineItem> ByDeadline(IEnumerable<DigestFindingRow> due, Func<DateOnly, int> daysLeft) => due
            .Select(f => new DigestDeadlineItem(f.Number, Title(f), f.ResponsibleDepartment, f.Deadline!.DueOn!.Value, daysLeft(f.Deadline.DueOn.Value)))
            .OrderBy(i => i.Deadline).ThenBy(i => i.Number)
            .ToList();

        var overdue = ByDeadline(ordered.Where(IsOverdue), d => office.WorkingDaysLeft(d, today));
        var dueSoon = ByDeadline(ordered.Where(f =>
            f.Status == FindingStatus.InProgress && f.Deadline?.DueOn >= today && f.Deadline.DueOn <= today.AddDays(options.DueSoonDays)), d => DaysBetween(today, d));

        var stalled = ordered
            .Where(f => f.Status == FindingStatus.InProgress)
            .Select(f =>
            {
                DateTime? last = f.LastEntryAtUtc is { } at ? AsUtc(at) : null;
                int? days = last is { } utc ? DaysBetween(DateOnly.FromDateTime(period.ToLocal(utc)), today) : null;
                return new DigestStalledItem(f.Number, Title(f), f.ResponsibleDepartment, last, days);
            })
            .Where(i => i.DaysSinceLastEntry is null || i.DaysSinceLastEntry >= options.StallDays)
            .OrderByDescending(i => i.DaysSinceLastEntry ?? int.MaxValue).ThenBy(i => i.Number)
            .ToList();

        return new DigestReport(
            period,
            now,
            today,
            options.StallDays,
            options.DueSoonDays,
            Totals(ordered),
            Changes(round, period, options),
            Limit(overdue, options.MaxFindingLines),
            Limit(dueSoon, options.MaxFindingLines),
            Limit(stalled, options.MaxFindingLines),
            Departments(ordered, IsOverdue),
            NextDeadlines(ordered, today, options));
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="length"/> characters as readers count them (a
    /// surrogate pair or a combining sequence is one), ending with "…" when anything was cut.
    /// </summary>
    public static string Shorten(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var info = new StringInfo(trimmed);
        return info.LengthInTextElements <= length ? trimmed : info.SubstringByTextElements(0, length - 1).TrimEnd() + Ellipsis;
    }

    private static DigestTotals Totals(IReadOnlyList<DigestFindingRow> findings)
    {
        var measures = findings.Sum(f => f.Measures);
        var measuresCompleted = findings.Sum(f => f.MeasuresCompleted);
        return new DigestTotals(
            findings.Count,
            findings.Count(f => f.Status == FindingStatus.InProgress),
            findings.Count(f => f.Status == FindingStatus.Completed),
            findings.Count(f => f.Status == FindingStatus.SignedOff),
            measures,
            measuresCompleted,
            measures == 0 ? 0 : measuresCompleted * 100 / measures);
    }

    private static IReadOnlyList<DigestDepartmentRow> Departments(IReadOnlyList<DigestFindingRow> ordered, Func<DigestFindingRow, bool> isOverdue) => ordered
        .GroupBy(f => string.IsNullOrWhiteSpace(f.ResponsibleDepartment) ? null : f.ResponsibleDepartment)
        .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new DigestDepartmentRow(
            g.Key,
            g.Count(),
            g.Count(f => f.Status == FindingStatus.InProgress),
            g.Count(f => f.Status == FindingStatus.Completed),
            g.Count(f => f.Status == FindingStatus.SignedOff),
            g.Count(isOverdue)))
        .ToList()
        .AsReadOnly();

    private static IReadOnlyList<DigestDeadline> NextDeadlines(IReadOnlyList<DigestFindingRow> ordered, DateOnly today, DigestOptions options) => ordered
        .Where(f => f.Status == FindingStatus.InProgress && f.Deadline?.DueOn >= today)
        .GroupBy(f => f.Deadline!.DueOn!.Value)
        .OrderBy(g => g.Key)
        .Take(options.MaxDeadlineLines)
        .Select(g => new DigestDeadline(g.Key, DaysBetween(today, g.Key), g.Select(f => f.Number).ToList().AsReadOnly()))
        .ToList()
        .AsReadOnly();

    private static DigestChanges Changes(DigestRound round, DigestPeriod period, DigestOptions options)
    {
        var inPeriod = round.Entries.Where(e => period.Contains(e.Change.RecordedAtUtc)).ToList();
        var counts = round.Counts ?? Count(inPeriod);
        if (inPeriod.Count < Math.Min(options.MaxChangeLines, counts.Total))
        {
            throw new ArgumentException(
                $"The round holds {inPeriod.Count} of the period's latest entries and the digest shows up to {options.MaxChangeLines}: load it with that many.", nameof(round));
        }

        var shown = inPeriod
            .OrderByDescending(e => e.Change.RecordedAtUtc)
            .ThenByDescending(e => e.Id)
            .ThenByDescending(e => e.Index)
            .ThenBy(e => e.Change.FindingNumber)
            .Take(options.MaxChangeLines)
            .Select(e => e.Change with { FindingTitle = Shorten(e.Change.FindingTitle, options.TitleLength), RecordedAtUtc = AsUtc(e.Change.RecordedAtUtc) })
            .ToList();

        return new DigestChanges(shown.AsReadOnly(), counts.Total, counts.ByKind, counts.StatusChanges, counts.FindingsChanged);
    }

    /// <summary>The counts of entries held in memory; <see cref="DigestSource"/> has the database count them instead.</summary>
    private static DigestEntryCounts Count(IReadOnlyList<DigestEntryRow> inPeriod) => new(
        inPeriod.Count,
        inPeriod
            .GroupBy(e => e.Change.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new DigestKindCount(g.Key, g.Count()))
            .ToList()
            .AsReadOnly(),
        inPeriod.Count(e => e.Change.ChangesStatus),
        inPeriod.Select(e => e.Change.FindingNumber).Distinct().Count());

    private static DigestList<T> Limit<T>(List<T> items, int max) => new(items.Take(max).ToList().AsReadOnly(), items.Count);

    private static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    // Entries read back from SQLite carry DateTimeKind.Unspecified; the ledger stores UTC throughout.
    private static DateTime AsUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc);
}
