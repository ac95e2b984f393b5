using System.Globalization;
using Rectification.Domain.Inspections;

namespace Rectification.Domain.Publishing;

/// <summary>
/// The announcement's structure with English wording around the ledger's facts. The statements of the findings stay
/// as the office wrote them (Chinese); only the frame is translated.
/// </summary>
internal sealed class EnglishAnnouncementTemplate : IAnnouncementTemplate
{
    public string InspectionParagraph(Inspection inspection) =>
        $"As arranged by the municipal inspection work, from {Date(inspection.PeriodStart)} to {Date(inspection.PeriodEnd)} {inspection.InspectionGroup} inspected "
        + $"{inspection.InspectedOrganization}. On {Date(inspection.FeedbackDate)} {inspection.InspectionGroup} fed its findings back to {inspection.InspectedOrganization}. "
        + "As the inspection rules require, the progress of the rectification is made public as follows.";

    public IReadOnlyList<string> OrganisationSection { get; } =
    [
        "1. Leadership and organisation of the rectification",
        "(1) Raising the stakes. After the feedback meeting the leading group studied the findings, looked into their causes and drew up a rectification plan, with a leading group that follows up and coordinates every item.",
        "(2) A plan that pulls together. The rectification plan names, for every finding, who answers for it, the measures and the deadline; every leader carries their share.",
        "(3) Results that count. The rectification is tied to the leading group's responsibilities and to long-term mechanisms, so that the problems are solved for good.",
    ];

    public string ProgressHeading => "2. Progress and results of the rectification";

    public string FindingHeading(int number, string title) => string.Create(CultureInfo.InvariantCulture, $"{number}. On the problem “{title}”");

    public string MeasureMarker(int ordinal) => string.Create(CultureInfo.InvariantCulture, $"({ordinal}) ");

    public string ClauseJoin => ", ";

    public string RecentProgress(DateOnly date, int? measure, string description) => measure is { } ordinal
        ? string.Create(CultureInfo.InvariantCulture, $"As of {Date(date)}, measure {ordinal}: {description}")
        : $"As of {Date(date)}: {description}";

    public IReadOnlyList<string> ClosingSection { get; } =
    [
        "3. Further rectification work",
        "(1) Keeping to the rectification: completed items are consolidated so that the problems do not return; open items are followed until they are done.",
        "(2) Using the results: the rectification's results are carried into the daily work.",
        "Cadres and the public are welcome to supervise the rectification and to tell us their opinions.",
    ];

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
