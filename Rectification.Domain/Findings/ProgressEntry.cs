using Rectification.Domain.Supervision;

namespace Rectification.Domain.Findings;

/// <summary>
/// One line of a finding's history. Entries are never changed or removed: a correction is a new entry that
/// names the one it supersedes.
/// </summary>
public sealed class ProgressEntry
{
    public const int MaxDescriptionLength = 2000;

    private ProgressEntry()
    {
        AuthorName = string.Empty;
        Description = string.Empty;
    }

    internal ProgressEntry(Finding finding, ProgressEntryKind kind, ProgressAuthor author, DateTime recordedAtUtc, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (description.Length > MaxDescriptionLength)
        {
            throw new ArgumentException($"A description is at most {MaxDescriptionLength} characters.", nameof(description));
        }

        Finding = finding;
        Kind = kind;
        AuthorId = author.UserId;
        AuthorName = author.Name;
        Source = author.Source;
        Channel = author.Channel;
        RecordedAtUtc = DateTime.SpecifyKind(recordedAtUtc, DateTimeKind.Utc);
        Description = description.Trim();
        FindingStatusBefore = finding.Status;
        FindingStatusAfter = finding.Status;
    }

    public long Id { get; private set; }

    public int FindingId { get; private set; }

    public Finding? Finding { get; private set; }

    public ProgressEntryKind Kind { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public string? AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public ProgressSource Source { get; private set; }

    public string? Channel { get; private set; }

    /// <summary>What was done, in the reporter's words.</summary>
    public string Description { get; private set; }

    /// <summary>The measure this entry is about; null when it is about the finding as a whole.</summary>
    public int? MeasureOrdinal { get; private set; }

    /// <summary>
    /// The next step (下一步) this entry is about, when it is about one; then <see cref="MeasureOrdinal"/> is null and the
    /// status and percentage columns describe the next step.
    /// </summary>
    public int? NextStepOrdinal { get; private set; }

    public MeasureStatus? MeasureStatusBefore { get; private set; }

    public MeasureStatus? MeasureStatusAfter { get; private set; }

    /// <summary>
    /// The measure's percentage before the entry; for an entry about the finding as a whole, the finding's
    /// overall percentage (<see cref="Finding.PercentComplete"/>). Null where unknown or for a new measure.
    /// </summary>
    public int? PercentBefore { get; private set; }

    /// <summary>The same percentage after the entry.</summary>
    public int? PercentAfter { get; private set; }

    public FindingStatus FindingStatusBefore { get; private set; }

    public FindingStatus FindingStatusAfter { get; private set; }

    public string? EvidenceName { get; private set; }

    public string? EvidenceUrl { get; private set; }

    /// <summary>The entry this one corrects, if it is a correction.</summary>
    public long? SupersedesEntryId { get; private set; }

    /// <summary>For an <see cref="ProgressEntryKind.EvidenceAdded"/> entry: the entry its evidence backs.</summary>
    public long? EvidenceForEntryId { get; private set; }

    /// <summary>For a <see cref="ProgressEntryKind.SupervisionChange"/> entry: the colour the finding took.</summary>
    public SupervisionColour? SupervisionColour { get; private set; }

    /// <summary>
    /// Whether the entry is the ladder's own record rather than somebody's work on the finding: it does not make a
    /// stalled finding look active, nor is it the finding's "last update".
    /// </summary>
    public bool IsSupervisionRecord => Kind == ProgressEntryKind.SupervisionChange;

    /// <summary>Whether the entry carries evidence of its own.</summary>
    public bool HasEvidence => EvidenceName is not null || EvidenceUrl is not null;

    internal void DescribeMeasureChange(Measure measure, MeasureStatus before, int? percentBefore)
    {
        MeasureOrdinal = measure.Ordinal;
        MeasureStatusBefore = before;
        PercentBefore = percentBefore;
        MeasureStatusAfter = measure.Status;
        PercentAfter = measure.PercentComplete;
    }

    internal void DescribeNextStepChange(NextStep step, MeasureStatus before, int? percentBefore)
    {
        NextStepOrdinal = step.Ordinal;
        MeasureStatusBefore = before;
        PercentBefore = percentBefore;
        MeasureStatusAfter = step.Status;
        PercentAfter = step.PercentComplete;
    }

    /// <summary>A measure that did not exist before this entry: no status or percentage before.</summary>
    internal void DescribeNewMeasure(Measure measure)
    {
        MeasureOrdinal = measure.Ordinal;
        MeasureStatusAfter = measure.Status;
        PercentAfter = measure.PercentComplete;
    }

    internal void DescribeFindingStatus(FindingStatus after) => FindingStatusAfter = after;

    internal void DescribeFindingPercent(int? before, int? after)
    {
        PercentBefore = before;
        PercentAfter = after;
    }

    internal void AttachEvidence(Evidence? evidence)
    {
        if (evidence is not null)
        {
            AttachEvidence(evidence.Name, evidence.Url);
        }
    }

    internal void AttachEvidence(string? name, string? url)
    {
        var trimmedName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var trimmedUrl = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (trimmedName?.Length > Evidence.MaxNameLength)
        {
            throw new ArgumentException($"An evidence name is at most {Evidence.MaxNameLength} characters.", nameof(name));
        }

        if (trimmedUrl?.Length > Evidence.MaxUrlLength)
        {
            throw new ArgumentException($"An evidence link is at most {Evidence.MaxUrlLength} characters.", nameof(url));
        }

        EvidenceName = trimmedName;
        EvidenceUrl = trimmedUrl;
    }

    internal void DescribeSupervision(SupervisionColour colour) => SupervisionColour = colour;

    internal void Supersede(long entryId) => SupersedesEntryId = entryId;

    /// <summary>
    /// An evidence entry is about what the backed entry is about: the same measure, the finding as it stands. Evidence
    /// for a measure nobody reported on backs the announcement's entry, which is about no one measure: the entry still
    /// names the measure it was sent for, so the sign-off gate knows what it backs.
    /// </summary>
    internal void Back(ProgressEntry backed, int? measureOrdinal)
    {
        EvidenceForEntryId = backed.Id;
        MeasureOrdinal = backed.MeasureOrdinal ?? (backed.NextStepOrdinal is null ? measureOrdinal : null);
        NextStepOrdinal = backed.NextStepOrdinal;
    }
}
