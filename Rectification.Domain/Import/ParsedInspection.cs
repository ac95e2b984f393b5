namespace Rectification.Domain.Import;

/// <summary>The inspection round named in the announcement's opening paragraph.</summary>
/// <param name="InspectionGroup">The inspecting body, e.g. 市委第六巡察组.</param>
/// <param name="InspectedOrganization">The inspected unit, without the published aside in parentheses
/// (former name, 以下简称…), so that the name stays stable across announcements.</param>
/// <param name="AnnouncementDate">Taken from the document's name (announcement-YYYY-MM-DD).</param>
public sealed record ParsedInspection(
    string InspectionGroup,
    string InspectedOrganization,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly FeedbackDate,
    DateOnly AnnouncementDate);
