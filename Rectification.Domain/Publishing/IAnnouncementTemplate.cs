using Rectification.Domain.Inspections;

namespace Rectification.Domain.Publishing;

/// <summary>
/// The wording of a regenerated announcement in one language: its fixed sections and how a finding's statement is put
/// together. The facts (dates, names, measures, next steps, progress) come from the ledger.
/// </summary>
public interface IAnnouncementTemplate
{
    string InspectionParagraph(Inspection inspection);

    /// <summary>一、巡察整改组织领导情况 and its paragraphs.</summary>
    IReadOnlyList<string> OrganisationSection { get; }

    string ProgressHeading { get; }

    string FindingHeading(int number, string title);

    /// <summary>一是, 二是, …: the marker before a measure when a finding has several.</summary>
    string MeasureMarker(int ordinal);

    /// <summary>What joins a next step to a measure that does not end a sentence.</summary>
    string ClauseJoin { get; }

    /// <summary>A line on progress reported since the announcement, about one measure or the finding as a whole.</summary>
    string RecentProgress(DateOnly date, int? measure, string description);

    /// <summary>三、推进巡察整改工作打算, its paragraphs and the invitation to supervise.</summary>
    IReadOnlyList<string> ClosingSection { get; }

    string Date(DateOnly date);
}

/// <summary>The templates there are; Chinese is the published language.</summary>
public static class AnnouncementTemplates
{
    public static IAnnouncementTemplate Chinese { get; } = new ChineseAnnouncementTemplate();

    public static IAnnouncementTemplate English { get; } = new EnglishAnnouncementTemplate();
}
