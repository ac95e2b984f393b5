using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Localization;

/// <summary>
/// The words of the weekly digest, for one language. <see cref="ChineseDigestTexts"/> and
/// <see cref="EnglishDigestTexts"/> are the one place each language's digest wording lives; renderers arrange the
/// phrases and add no words of their own. Status names come from <see cref="Texts"/>, so they read the same
/// everywhere in the bot. Dates, times and numbers are formatted here without the machine's culture.
/// </summary>
public abstract class DigestTexts
{
    public static DigestTexts Chinese { get; } = new ChineseDigestTexts();

    public static DigestTexts English { get; } = new EnglishDigestTexts();

    public abstract Language Language { get; }

    /// <summary>The status names shared with the rest of the bot.</summary>
    public Texts Statuses => Texts.For(Language);

    public static DigestTexts For(Language language) => language == Language.English ? English : Chinese;

    // Header and overall figures.

    public abstract string Title(string weekKey, DateOnly firstDay, DateOnly lastDay);

    public abstract string AsOf(DateTime localTime, string timeZoneId);

    public abstract string OverallHeading { get; }

    public abstract string FindingTotals(DigestTotals totals);

    public abstract string MeasureTotals(DigestTotals totals);

    // What changed in the period.

    public abstract string ChangesHeading(string weekKey, DigestChanges changes);

    public abstract string NoChanges { get; }

    public abstract string ByKind(IEnumerable<DigestKindCount> counts);

    public abstract string EntryKind(ProgressEntryKind kind);

    public abstract string Item(int number, string title);

    public abstract string MeasureChange(int ordinal, string status, string? percent);

    public abstract string FindingStatusChange(string change);

    public abstract string RecordedBy(string name);

    /// <summary>The line that replaces the entries not spelled out, and says how to see them.</summary>
    public abstract string MoreChanges(int omitted);

    // Findings to watch.

    public abstract string OverdueHeading(int count);

    public abstract string DueSoonHeading(int days, int count);

    public abstract string StalledHeading(int days, int count);

    public abstract string NoneInList { get; }

    public abstract string Overdue(string deadline, int daysOverdue);

    public abstract string DueSoon(string deadline, int daysLeft);

    /// <summary>长期坚持's review date, chased like a due date but never overdue: "长期坚持，复查日期 6月30日，还剩 3 天".</summary>
    public abstract string ReviewDue(string reviewDate, int daysLeft);

    /// <param name="days">Days since the last entry; null when nothing was ever recorded.</param>
    /// <param name="lastDate">The day of the last entry; null when nothing was ever recorded.</param>
    public abstract string SinceLastEntry(int? days, string? lastDate);

    public abstract string MoreFindings(int omitted);

    // Departments and deadlines.

    public abstract string DepartmentsHeading { get; }

    public abstract string Unassigned { get; }

    public abstract string DepartmentRow(string department, DigestDepartmentRow row);

    public abstract string NextDeadlinesHeading { get; }

    public abstract string NoUpcomingDeadlines { get; }

    public abstract string DeadlineLine(string date, int daysLeft, IReadOnlyList<int> findingNumbers);

    /// <summary>The title of a card button that opens one finding's status card.</summary>
    public abstract string OpenItem(int number);

    /// <summary>A nudge to a department's staff: <paramref name="details"/> names the finding and why (overdue, due, stalled).</summary>
    public abstract string Reminder(int number, string details);

    /// <summary>The note that ends a digest cut to the size a chat message may have.</summary>
    public abstract string Truncated { get; }

    // Formats.

    public abstract string Date(DateOnly date, bool withYear);

    public string DateAndTime(DateTime local, bool withYear) =>
        Date(DateOnly.FromDateTime(local), withYear) + " " + local.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A count with thousands separators, e.g. 1,234, as both languages write it in the office.</summary>
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// What one change did, in these words, for every list of changes (digest card, digest Markdown, "what changed
    /// this week"): its kind, the measure's status and percentage (before → after where they moved), and the
    /// finding's status change. Parts that do not apply are left out.
    /// </summary>
    public IEnumerable<string> ChangeParts(DigestChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        yield return EntryKind(change.Kind);
        if (change is { MeasureOrdinal: { } ordinal, MeasureStatusAfter: { } after })
        {
            var status = change.MeasureStatusBefore is { } before && before != after
                ? Statuses.StatusChange(Statuses.MeasureStatus(before), Statuses.MeasureStatus(after))
                : Statuses.MeasureStatus(after);
            var percent = change.PercentAfter is not { } percentAfter ? null
                : change.PercentBefore is { } percentBefore && percentBefore != percentAfter ? Statuses.StatusChange($"{percentBefore}%", $"{percentAfter}%")
                : $"{percentAfter}%";
            yield return MeasureChange(ordinal, status, percent);
        }

        if (change.ChangesStatus)
        {
            yield return FindingStatusChange(Statuses.StatusChange(Statuses.FindingStatus(change.StatusBefore), Statuses.FindingStatus(change.StatusAfter)));
        }
    }

    /// <summary>督办情况 / Supervision.</summary>
    public abstract string SupervisionHeading { get; }

    public abstract string NoSupervision { get; }

    /// <summary>红色督办（2）：第13、20项 / Red (2): items 13, 20.</summary>
    public abstract string ColourLine(Domain.Supervision.SupervisionColour colour, IReadOnlyList<int> numbers);

    /// <summary>反弹回潮：第20项 1 次 / Recurred: item 20 (1 time).</summary>
    public abstract string RecurrencesLine(IReadOnlyList<DigestRecurrence> recurrences);

    /// <summary>The top line of a responsible leader's digest: which findings are theirs, listed first.</summary>
    public abstract string AccountabilityLine(string leaderName, IReadOnlyList<int> numbers);

    /// <summary>The supervision section's lines, as the card and the Markdown both show them.</summary>
    public IReadOnlyList<string> SupervisionLines(DigestSupervision supervision)
    {
        ArgumentNullException.ThrowIfNull(supervision);
        if (supervision.IsEmpty)
        {
            return [NoSupervision];
        }

        var lines = supervision.Colours.Select(g => ColourLine(g.Colour, g.FindingNumbers)).ToList();
        if (supervision.Recurrences.Count > 0)
        {
            lines.Add(RecurrencesLine(supervision.Recurrences));
        }

        return lines;
    }
}
