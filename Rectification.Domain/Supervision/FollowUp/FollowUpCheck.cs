using Rectification.Domain.Findings;

namespace Rectification.Domain.Supervision.FollowUp;

/// <summary>
/// 回头看: one follow-up check of a signed-off finding, some months after its sign-off, asking its department whether
/// the problem came back. Planned once per sign-off and interval (the sign-off entry and the months are unique
/// together), due on the first working day on or after that many months from the sign-off date, answered once. A
/// check whose finding was reopened since is void: it follows a sign-off that no longer stands.
/// </summary>
public sealed class FollowUpCheck
{
    public const int MaxAnsweredByLength = 200;

    private FollowUpCheck()
    {
    }

    public FollowUpCheck(int findingId, long signOffEntryId, int monthsAfterSignOff, DateOnly dueOn, DateTime plannedAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(monthsAfterSignOff);
        FindingId = findingId;
        SignOffEntryId = signOffEntryId;
        MonthsAfterSignOff = monthsAfterSignOff;
        DueOn = dueOn;
        PlannedAtUtc = DateTime.SpecifyKind(plannedAtUtc, DateTimeKind.Utc);
    }

    public long Id { get; private set; }

    public int FindingId { get; private set; }

    public Finding? Finding { get; private set; }

    /// <summary>The sign-off this check follows up.</summary>
    public long SignOffEntryId { get; private set; }

    public int MonthsAfterSignOff { get; private set; }

    /// <summary>The working day the check is asked on.</summary>
    public DateOnly DueOn { get; private set; }

    public DateTime PlannedAtUtc { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    /// <summary>Whether the problem came back; null until answered.</summary>
    public bool? Recurred { get; private set; }

    /// <summary>Who answered (their name as the history records it).</summary>
    public string? AnsweredBy { get; private set; }

    /// <summary>The history entry the answer made: the check's record, or the reopening.</summary>
    public long? AnswerEntryId { get; private set; }

    public bool IsAnswered => AnsweredAtUtc is not null;

    public void Answer(bool recurred, ProgressEntry entry, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (IsAnswered)
        {
            throw new InvalidOperationException($"Follow-up check {Id} is already answered.");
        }

        Recurred = recurred;
        AnsweredBy = entry.AuthorName.Length <= MaxAnsweredByLength ? entry.AuthorName : entry.AuthorName[..MaxAnsweredByLength];
        AnsweredAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        AnswerEntry = entry;
    }

    /// <summary>The entry the answer made, so one save writes both and links them.</summary>
    public ProgressEntry? AnswerEntry { get; private set; }
}
