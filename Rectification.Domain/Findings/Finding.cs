using Rectification.Domain.Inspections;

namespace Rectification.Domain.Findings;

/// <summary>
/// One problem (问题) the inspection fed back, with its rectification measures, planned next steps and the
/// append-only history of what was reported about it. The aggregate root: all changes go through it.
/// </summary>
public sealed partial class Finding
{
    public const int FirstNumber = 1;

    private readonly List<Measure> _measures = [];
    private readonly List<NextStep> _nextSteps = [];
    private readonly List<ProgressEntry> _history = [];

    private Finding()
    {
        Title = string.Empty;
    }

    internal Finding(Inspection inspection, int number, string title)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, FirstNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Inspection = inspection;
        Number = number;
        Title = title;
        Status = FindingStatus.InProgress;
    }

    public int Id { get; private set; }

    public int InspectionId { get; private set; }

    public Inspection? Inspection { get; private set; }

    /// <summary>The number the announcement gives the finding (1–29 in the reference round).</summary>
    public int Number { get; private set; }

    /// <summary>The problem statement as published, without the surrounding 关于“…”的问题.</summary>
    public string Title { get; private set; }

    /// <summary>An optional grouping chosen by the office; the announcement itself names none.</summary>
    public string? Category { get; private set; }

    public string? ResponsibleLeader { get; private set; }

    public string? ResponsibleDepartment { get; private set; }

    public DateOnly? Deadline { get; private set; }

    public FindingStatus Status { get; private set; }

    /// <summary>Bumped on every change; the store uses it to refuse a write based on a stale read.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Measure> Measures => _measures;

    public IReadOnlyList<NextStep> NextSteps => _nextSteps;

    public IReadOnlyList<ProgressEntry> History => _history;

    /// <summary>The latest entry about the work (the ladder's own records left out).</summary>
    public ProgressEntry? LastEntry => _history.Where(e => !e.IsSupervisionRecord).MaxBy(e => (e.RecordedAtUtc, e.Id));

    public Measure AddMeasure(string text, MeasureStatus status)
    {
        var measure = new Measure(this, _measures.Count + 1, text, status);
        _measures.Add(measure);
        Touch();
        return measure;
    }

    public NextStep AddNextStep(string text)
    {
        var step = new NextStep(this, _nextSteps.Count + 1, text);
        _nextSteps.Add(step);
        Touch();
        return step;
    }

    public Measure? FindMeasure(int ordinal) => _measures.FirstOrDefault(m => m.Ordinal == ordinal);

    /// <summary>
    /// The rule used when a finding is first read from the announcement: in progress when any measure is in
    /// progress or a next step is still open (announced next steps are planned, so not started), otherwise completed.
    /// </summary>
    public void ApplyAnnouncementStatus()
    {
        var anyOpen = _measures.Any(m => m.Status != MeasureStatus.Completed) || _nextSteps.Any(s => s.Status != MeasureStatus.Completed);
        Status = anyOpen ? FindingStatus.InProgress : FindingStatus.Completed;
        Touch();
    }

    /// <summary>
    /// Sets what is given and keeps the rest, without a history entry: for seeding. People's assignments go
    /// through <see cref="AssignResponsibility"/>, which records who changed what.
    /// </summary>
    public void Assign(string? department, string? leader, DateOnly? deadline, string? category = null)
    {
        ResponsibleDepartment = Normalize(department) ?? ResponsibleDepartment;
        ResponsibleLeader = Normalize(leader) ?? ResponsibleLeader;
        Deadline = deadline ?? Deadline;
        Category = Normalize(category) ?? Category;
        Touch();
    }

    internal void AppendHistory(ProgressEntry entry)
    {
        _history.Add(entry);
        Touch();
    }

    internal void SetStatus(FindingStatus status)
    {
        Status = status;
        Touch();
    }

    private void Touch() => Version++;

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
