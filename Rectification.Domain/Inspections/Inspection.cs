using Rectification.Domain.Findings;

namespace Rectification.Domain.Inspections;

/// <summary>One inspection round: who inspected whom, when, and the findings it fed back.</summary>
public sealed class Inspection
{
    private readonly List<Finding> _findings = [];

    private Inspection()
    {
        InspectionGroup = string.Empty;
        InspectedOrganization = string.Empty;
    }

    public Inspection(
        string inspectionGroup,
        string inspectedOrganization,
        DateOnly periodStart,
        DateOnly periodEnd,
        DateOnly feedbackDate,
        DateOnly announcementDate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inspectionGroup);
        ArgumentException.ThrowIfNullOrWhiteSpace(inspectedOrganization);
        if (periodEnd < periodStart)
        {
            throw new ArgumentException("The inspection period ends before it starts.", nameof(periodEnd));
        }

        InspectionGroup = inspectionGroup;
        InspectedOrganization = inspectedOrganization;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        FeedbackDate = feedbackDate;
        AnnouncementDate = announcementDate;
    }

    public int Id { get; private set; }

    /// <summary>The inspecting body, e.g. 市委第六巡察组.</summary>
    public string InspectionGroup { get; private set; }

    /// <summary>The inspected unit as the announcement names it.</summary>
    public string InspectedOrganization { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>The day the inspection group fed its findings back (反馈).</summary>
    public DateOnly FeedbackDate { get; private set; }

    /// <summary>The day the rectification progress was announced publicly.</summary>
    public DateOnly AnnouncementDate { get; private set; }

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>A later progress announcement of this inspection was read: it becomes the one the round is dated by.</summary>
    /// <returns>False when the date is not later than the announcement already read (nothing changes then).</returns>
    public bool AdvanceAnnouncement(DateOnly announcementDate)
    {
        if (announcementDate <= AnnouncementDate)
        {
            return false;
        }

        AnnouncementDate = announcementDate;
        return true;
    }

    public Finding AddFinding(int number, string title)
    {
        if (_findings.Any(f => f.Number == number))
        {
            throw new InvalidOperationException($"Finding {number} already exists in this inspection.");
        }

        var finding = new Finding(this, number, title);
        _findings.Add(finding);
        return finding;
    }
}
