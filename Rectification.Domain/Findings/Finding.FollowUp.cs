namespace Rectification.Domain.Findings;

public sealed partial class Finding
{
    /// <summary>How a recurrence found at a follow-up check is described in the history: the reason the finding reopens.</summary>
    public const string RecurrenceReason = "反弹回潮";

    /// <summary>How many times a follow-up check (回头看) found the problem back after its sign-off.</summary>
    public int RecurrenceCount { get; private set; }

    /// <summary>
    /// 回头看, no recurrence: the follow-up check <paramref name="monthsAfterSignOff"/> months after the sign-off found the
    /// problem still solved. Recorded as a <see cref="ProgressEntryKind.FollowUpCheck"/> entry in the ledger's language;
    /// the finding stays signed off. Only a signed-off finding is followed up.
    /// </summary>
    public ProgressEntry RecordFollowUpCheck(int monthsAfterSignOff, string? note, ProgressAuthor author, DateTime atUtc)
    {
        EnsureFollowedUp();
        var entry = new ProgressEntry(this, ProgressEntryKind.FollowUpCheck, author, atUtc, FollowUpDescription(monthsAfterSignOff, "未反弹", note));
        entry.DescribeFindingPercent(PercentComplete, PercentComplete);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>
    /// 回头看, the problem came back (反弹回潮): the finding reopens with that reason, as a leader's reopening would, and its
    /// recurrence count rises; reopened, it is red on the ladder.
    /// </summary>
    public ProgressEntry RecordRecurrence(int monthsAfterSignOff, string? note, ProgressAuthor author, DateTime atUtc)
    {
        EnsureFollowedUp();
        var entry = Reopen(author, atUtc, FollowUpDescription(monthsAfterSignOff, RecurrenceReason, note));
        RecurrenceCount++;
        return entry;
    }

    private void EnsureFollowedUp()
    {
        if (Status != FindingStatus.SignedOff)
        {
            throw new FollowUpNotSignedOffException(Number);
        }
    }

    private static string FollowUpDescription(int months, string finding, string? note)
    {
        var text = $"回头看（销号后{months}个月）：{finding}";
        var trimmed = note?.Trim();
        var full = string.IsNullOrEmpty(trimmed) ? text : $"{text}；{trimmed}";
        return full.Length <= ProgressEntry.MaxDescriptionLength ? full : full[..ProgressEntry.MaxDescriptionLength];
    }
}

/// <summary>A follow-up check answered for a finding that is not signed off (reopened meanwhile): there is nothing to follow up.</summary>
public sealed class FollowUpNotSignedOffException(int findingNumber)
    : FindingRuleException($"Finding {findingNumber} is not signed off; only a signed-off finding is followed up.")
{
    public int FindingNumber { get; } = findingNumber;
}
