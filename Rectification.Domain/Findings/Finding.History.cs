namespace Rectification.Domain.Findings;

/// <summary>
/// The recorded changes of a finding. Each method here appends exactly one <see cref="ProgressEntry"/> with
/// the state before and after; entries are never changed afterwards (a correction is a new entry). The
/// methods enforce the finding's own rules with typed <see cref="FindingRuleException"/>s; who may call
/// them is <see cref="People.ReportingPolicy"/>'s business.
/// </summary>
public sealed partial class Finding
{
    /// <summary>How a sign-off without a note is described in the history.</summary>
    public const string SignOffDescription = "销号";

    /// <summary>How evidence sent after its entry is described in the history (the ledger's language, like 销号).</summary>
    public const string EvidenceAddedDescription = "补充佐证";

    /// <summary>
    /// The finding's overall percentage: the mean over its measures (a completed measure counts 100, one
    /// without a percentage 0); null when it has no measures.
    /// </summary>
    public int? PercentComplete => _measures.Count == 0
        ? null
        : (int)Math.Round(_measures.Average(m => m.Status == MeasureStatus.Completed ? 100 : m.PercentComplete ?? 0), MidpointRounding.AwayFromZero);

    /// <summary>The history without the entries later corrections superseded: what the ledger currently says.</summary>
    /// <remarks>A method, not a property, so EF Core does not take it for a navigation.</remarks>
    public IReadOnlyList<ProgressEntry> CurrentHistory()
    {
        var superseded = _history.Where(e => e.SupersedesEntryId is not null).Select(e => e.SupersedesEntryId!.Value).ToHashSet();
        return _history.Where(e => !superseded.Contains(e.Id)).OrderBy(e => e.RecordedAtUtc).ThenBy(e => e.Id).ToList();
    }

    /// <summary>The correction that superseded the entry, if any.</summary>
    public ProgressEntry? SupersedingEntry(long entryId) =>
        entryId == 0 ? null : _history.Where(e => e.SupersedesEntryId == entryId).MaxBy(e => (e.RecordedAtUtc, e.Id));

    /// <summary>Records, once, what the announcement reported for this finding at seeding time.</summary>
    public ProgressEntry RecordAnnounced(ProgressAuthor publisher, DateTime announcedAtUtc, string summary)
    {
        var entry = new ProgressEntry(this, ProgressEntryKind.Announced, publisher, announcedAtUtc, summary);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>
    /// Records progress on one measure: the measure takes the new status, the finding's status follows
    /// (completed, awaiting sign-off, once every measure and next step is done), and the history gains one entry.
    /// </summary>
    public ProgressEntry RecordMeasureProgress(
        int measureOrdinal,
        MeasureStatus status,
        int? percent,
        string description,
        ProgressAuthor author,
        DateTime atUtc,
        Evidence? evidence = null)
    {
        EnsureNotSignedOff();
        var measure = FindMeasure(measureOrdinal) ?? throw new MeasureNotFoundException(Number, measureOrdinal, _measures.Count);
        return RecordWork(description, author, atUtc, evidence, entry =>
        {
            var before = measure.Status;
            var percentBefore = measure.PercentComplete;
            measure.Change(status, percent);
            entry.DescribeMeasureChange(measure, before, percentBefore);
        });
    }

    /// <summary>
    /// Records progress on the finding as a whole (no particular measure). The status does not change: only
    /// measures complete a finding. The entry's percentages are the finding's overall one.
    /// </summary>
    public ProgressEntry RecordFindingProgress(string description, ProgressAuthor author, DateTime atUtc, Evidence? evidence = null)
    {
        EnsureNotSignedOff();
        var entry = new ProgressEntry(this, ProgressEntryKind.Progress, author, atUtc, description);
        entry.DescribeFindingPercent(PercentComplete, PercentComplete);
        entry.AttachEvidence(evidence);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>
    /// A measure a person reports that the announcement did not list. It is numbered after the last one; the
    /// finding's status follows the measures as usual (a new open measure takes a completed finding back to
    /// in progress). The description defaults to the measure's text.
    /// </summary>
    public ProgressEntry AddMeasureFromReport(
        string text,
        MeasureStatus status,
        int? percent,
        string? description,
        ProgressAuthor author,
        DateTime atUtc,
        Evidence? evidence = null)
    {
        EnsureNotSignedOff();
        var entry = new ProgressEntry(this, ProgressEntryKind.MeasureAdded, author, atUtc, string.IsNullOrWhiteSpace(description) ? text : description);
        var measure = new Measure(this, _measures.Count + 1, text, status);
        measure.Change(status, percent);
        _measures.Add(measure);
        entry.DescribeNewMeasure(measure);
        entry.AttachEvidence(evidence);
        SetStatus(StatusFromWork());
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>
    /// A leader's sign-off (销号): only a completed finding can be signed off, and only when its completed work is backed by
    /// evidence (<see cref="CompletedWorkWithoutEvidence"/>) or <paramref name="withoutEvidenceReason"/> says why it
    /// need not be; that reason is recorded as the entry's description. It is closed afterwards.
    /// </summary>
    public ProgressEntry SignOff(ProgressAuthor author, DateTime atUtc, string? note = null, string? withoutEvidenceReason = null)
    {
        switch (Status)
        {
            case FindingStatus.SignedOff:
                throw new FindingAlreadySignedOffException(Number);
            case FindingStatus.InProgress:
                throw new FindingNotCompletedException(Number, OpenMeasureOrdinals(), OpenNextStepOrdinals());
        }

        var entry = new ProgressEntry(this, ProgressEntryKind.SignOff, author, atUtc, SignOffDescriptionFor(note, withoutEvidenceReason));
        entry.DescribeFindingPercent(PercentComplete, PercentComplete);
        SetStatus(FindingStatus.SignedOff);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>
    /// Reopens a completed or signed-off finding (e.g. the problem came back, 反弹回潮); the reason is required.
    /// The finding goes back to in progress and its measures are kept as they are: the reopening is not about
    /// any one measure. It completes again once progress leaves every measure completed, typically after a
    /// measure is reported open again or a new measure is reported (<see cref="AddMeasureFromReport"/>) and done.
    /// </summary>
    public ProgressEntry Reopen(ProgressAuthor author, DateTime atUtc, string reason)
    {
        if (ReopenRule() is { } broken)
        {
            throw broken;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ReopenReasonRequiredException(Number);
        }

        var entry = new ProgressEntry(this, ProgressEntryKind.Reopen, author, atUtc, reason);
        entry.DescribeFindingPercent(PercentComplete, PercentComplete);
        SetStatus(FindingStatus.InProgress);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>Why the finding cannot be reopened now (it is still in progress), or null when it can; asked before asking for a reason.</summary>
    public FindingRuleException? ReopenRule() => Status == FindingStatus.InProgress ? new FindingAlreadyOpenException(Number) : null;

    /// <summary>
    /// Corrects an earlier entry with a new one that supersedes it; the old entry stays as it was. The
    /// description says what the entry should have said. With <paramref name="measure"/> the entry's measure
    /// is put back to the corrected status and percentage (refused for an entry about no measure, and on a
    /// signed-off finding); without it only the text is corrected. Evidence not given is carried over.
    /// Only the newest entry of a correction chain can be corrected; sign-offs, reopenings and assignments
    /// are undone by the opposite act, not corrected.
    /// </summary>
    public ProgressEntry Correct(
        long entryId,
        string description,
        ProgressAuthor author,
        DateTime atUtc,
        MeasureCorrection? measure = null,
        Evidence? evidence = null)
    {
        var original = _history.FirstOrDefault(e => e.Id == entryId && entryId != 0) ?? throw new EntryNotFoundException(Number, entryId);
        if (original.Kind is ProgressEntryKind.SignOff or ProgressEntryKind.Reopen or ProgressEntryKind.Assignment or ProgressEntryKind.EvidenceAdded
            or ProgressEntryKind.SupervisionChange or ProgressEntryKind.FollowUpCheck)
        {
            throw new EntryNotCorrectableException(Number, entryId, original.Kind);
        }

        if (SupersedingEntry(entryId) is { } newer)
        {
            throw new EntryAlreadySupersededException(Number, entryId, newer.Id);
        }

        if (measure is not null && original.MeasureOrdinal is null && original.NextStepOrdinal is null)
        {
            throw new CorrectionNotApplicableException(Number, entryId);
        }

        if (measure is not null)
        {
            EnsureNotSignedOff();
        }

        var entry = new ProgressEntry(this, ProgressEntryKind.Correction, author, atUtc, description);
        entry.Supersede(entryId);
        CorrectWork(original, entry, measure);
        entry.AttachEvidence(evidence is null || evidence.IsEmpty ? new Evidence(original.EvidenceName, original.EvidenceUrl) : evidence);
        if (measure is not null)
        {
            SetStatus(StatusFromWork());
        }

        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>
    /// An administrator assigns the responsible department, leader, deadline or category; what is not given
    /// stays as it was. Recorded as an <see cref="ProgressEntryKind.Assignment"/> entry describing the change
    /// ("责任部门：旧 → 新", with "-" for none). Like the announcement's own entries, the ledger's records are
    /// written in the office's language, so the history reads as one document. Allowed in any status.
    /// </summary>
    public ProgressEntry AssignResponsibility(
        string? department,
        string? leader,
        Deadline? deadline,
        ProgressAuthor author,
        DateTime atUtc,
        string? category = null)
    {
        if (Normalize(department) is null && Normalize(leader) is null && deadline is null && Normalize(category) is null)
        {
            throw new AssignmentEmptyException(Number);
        }

        var changes = new List<string>();
        Describe(changes, "责任部门", ResponsibleDepartment, Normalize(department));
        Describe(changes, "责任领导", ResponsibleLeader, Normalize(leader));
        deadline = deadline is null ? null : deadline.Repeats(Deadline) ? Deadline : Resolve(deadline, atUtc);
        Describe(changes, "完成时限", Deadline?.LedgerText(), deadline?.LedgerText());
        Describe(changes, "类别", Category, Normalize(category));

        var entry = new ProgressEntry(this, ProgressEntryKind.Assignment, author, atUtc, string.Join("；", changes));
        entry.DescribeFindingPercent(PercentComplete, PercentComplete);
        Assign(department, leader, deadline, category);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;

        static void Describe(List<string> changes, string field, string? before, string? after)
        {
            if (after is not null)
            {
                changes.Add(string.Equals(before, after, StringComparison.Ordinal) ? $"{field}：{after}（未变）" : $"{field}：{before ?? "-"} → {after}");
            }
        }
    }

    /// <summary>
    /// An administrator sets one measure's own deadline (第5项第2条长期坚持，2025-06-30复查): recorded as an
    /// <see cref="ProgressEntryKind.Assignment"/> entry about that measure ("第2条完成时限：- → 长期坚持（2025-06-30复查）").
    /// Allowed in any status, like the finding's own deadline.
    /// </summary>
    public ProgressEntry AssignMeasureDeadline(int measureOrdinal, Deadline deadline, ProgressAuthor author, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var measure = FindMeasure(measureOrdinal) ?? throw new MeasureNotFoundException(Number, measureOrdinal, _measures.Count);
        var resolved = deadline.Repeats(measure.Deadline) ? measure.Deadline! : Resolve(deadline, atUtc);
        var field = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第{measureOrdinal}条完成时限");
        var description = Equals(measure.Deadline, resolved)
            ? $"{field}：{resolved.LedgerText()}（未变）"
            : $"{field}：{measure.Deadline?.LedgerText() ?? "-"} → {resolved.LedgerText()}";
        var entry = new ProgressEntry(this, ProgressEntryKind.Assignment, author, atUtc, description);
        // Not tied to the measure (no MeasureOrdinal): an assignment is no report, so it must not become the measure's
        // latest entry for the ledger's 进展情况 or the entry evidence backs.
        entry.DescribeFindingPercent(PercentComplete, PercentComplete);
        measure.SetDeadline(resolved);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>
    /// Evidence sent after the fact ("补充第14项第3条佐证：https://…"): appended as an
    /// <see cref="ProgressEntryKind.EvidenceAdded"/> entry that names the entry it backs — the latest current entry of
    /// that measure (<see cref="EvidenceTarget"/>). History is not edited: the backed entry stays as it was recorded.
    /// Allowed in any status, a signed-off finding included: evidence backs what was already recorded and changes no state.
    /// </summary>
    public ProgressEntry AddEvidence(int? measureOrdinal, Evidence evidence, ProgressAuthor author, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.IsEmpty)
        {
            throw new ArgumentException("Evidence needs a name or a link.", nameof(evidence));
        }

        if (measureOrdinal is { } ordinal && FindMeasure(ordinal) is null)
        {
            throw new MeasureNotFoundException(Number, ordinal, _measures.Count);
        }

        var backed = EvidenceTarget(measureOrdinal) ?? throw new NoEntryToBackException(Number, measureOrdinal);
        var entry = new ProgressEntry(this, ProgressEntryKind.EvidenceAdded, author, atUtc, EvidenceAddedDescription);
        entry.Back(backed, measureOrdinal);
        entry.DescribeFindingPercent(PercentComplete, PercentComplete);
        entry.AttachEvidence(evidence);
        entry.DescribeFindingStatus(Status);
        AppendHistory(entry);
        return entry;
    }

    /// <summary>
    /// The entry evidence for this measure (or, without one, for the finding) backs: the latest current entry that
    /// reports on it. A measure nobody has reported on yet is backed by the announcement's entry, which reported it.
    /// </summary>
    public ProgressEntry? EvidenceTarget(int? measureOrdinal)
    {
        var reports = CurrentHistory().Where(e => e.Kind is ProgressEntryKind.Announced or ProgressEntryKind.Progress
            or ProgressEntryKind.MeasureAdded or ProgressEntryKind.Correction).ToList();
        return measureOrdinal is null
            ? reports.LastOrDefault()
            : reports.LastOrDefault(e => e.MeasureOrdinal == measureOrdinal) ?? reports.LastOrDefault(e => e.Kind == ProgressEntryKind.Announced);
    }

    /// <summary>Everything that backs the entry: its own evidence, then what was sent later for it (<see cref="AddEvidence"/>), oldest first.</summary>
    public IReadOnlyList<Evidence> EvidenceOf(ProgressEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var added = _history.Where(e => entry.Id != 0 && e.EvidenceForEntryId == entry.Id).OrderBy(e => e.RecordedAtUtc).ThenBy(e => e.Id);
        return [.. added.Prepend(entry).Where(e => e.HasEvidence).Select(e => new Evidence(e.EvidenceName, e.EvidenceUrl))];
    }

    /// <summary>The measures not yet completed, by ordinal.</summary>
    public IReadOnlyList<int> OpenMeasureOrdinals() =>
        _measures.Where(m => m.Status != MeasureStatus.Completed).OrderBy(m => m.Ordinal).Select(m => m.Ordinal).ToList();

    private void EnsureNotSignedOff()
    {
        if (Status == FindingStatus.SignedOff)
        {
            throw new FindingClosedException(Number);
        }
    }
}
