namespace Rectification.Domain.Findings;

public sealed partial class Finding
{
    /// <summary>
    /// In progress again because a leader reopened it: the latest sign-off or reopening in the history is a
    /// reopening. Once its measures are all done again it is completed, no longer reopened. Needs the history loaded.
    /// </summary>
    /// <remarks>A method, not a property, so EF Core does not take it for a column.</remarks>
    public bool IsReopened() =>
        Status == FindingStatus.InProgress
        && _history.Where(e => e.Kind is ProgressEntryKind.SignOff or ProgressEntryKind.Reopen)
            .MaxBy(e => (e.RecordedAtUtc, e.Id)) is { Kind: ProgressEntryKind.Reopen };
}
