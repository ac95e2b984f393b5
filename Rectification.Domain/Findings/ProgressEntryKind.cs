namespace Rectification.Domain.Findings;

/// <summary>What a history entry records. Stored as its name.</summary>
public enum ProgressEntryKind
{
    /// <summary>The state the public announcement reported when the ledger was seeded.</summary>
    Announced,

    /// <summary>Progress reported on a measure or on the finding as a whole.</summary>
    Progress,

    /// <summary>A correction of an earlier entry; it supersedes that entry and never edits it.</summary>
    Correction,

    /// <summary>A leader signed the finding off (销号).</summary>
    SignOff,

    /// <summary>A leader reopened a signed-off or completed finding (e.g. 反弹回潮).</summary>
    Reopen,

    /// <summary>A new measure reported by a person (not in the announcement); the entry names it.</summary>
    MeasureAdded,

    /// <summary>An administrator assigned the responsible department, leader or deadline.</summary>
    Assignment,

    /// <summary>
    /// Evidence sent after the entry it backs (补充佐证): the entry carries the evidence and names the entry it belongs
    /// to (<see cref="ProgressEntry.EvidenceForEntryId"/>); the backed entry itself is never edited.
    /// </summary>
    EvidenceAdded,

    /// <summary>
    /// The finding changed colour on the supervision ladder (三色督办): the entry names the colour it took
    /// (<see cref="ProgressEntry.SupervisionColour"/>) and why, so every escalation is on record (留痕).
    /// </summary>
    SupervisionChange,

    /// <summary>
    /// A follow-up check (回头看) months after the sign-off found no recurrence; the finding stays signed off. A check that
    /// found the problem back is a <see cref="Reopen"/> with the reason 反弹回潮 instead.
    /// </summary>
    FollowUpCheck,
}
