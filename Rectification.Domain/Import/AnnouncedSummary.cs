using Rectification.Domain.Findings;
using Rectification.Domain.Import.Parsing;

namespace Rectification.Domain.Import;

/// <summary>The description of the Announced history entry: what the announcement reported, in figures.</summary>
internal static class AnnouncedSummary
{
    public static string Describe(Finding finding, DateOnly announcementDate)
    {
        var measures = finding.Measures.Count;
        var inProgress = finding.Measures.Count(m => m.Status != MeasureStatus.Completed);
        var status = finding.Status == FindingStatus.Completed ? "已完成" : "整改中";
        return $"{ChineseDate.Format(announcementDate)}公布整改进展：整改措施{measures}项（已完成{measures - inProgress}项，"
            + $"进行中{inProgress}项），下一步工作{finding.NextSteps.Count}项；状态：{status}。";
    }
}
