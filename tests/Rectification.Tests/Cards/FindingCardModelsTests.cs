using Rectification.Bot.Cards;
using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.Queries;

namespace Rectification.Tests.Cards;

public class FindingCardModelsTests
{
    private static Finding Item14()
    {
        var inspection = new Inspection("市委第六巡察组", "市金融局", new(2023, 7, 13), new(2023, 8, 31), new(2023, 10, 16), new(2024, 6, 18));
        var finding = inspection.AddFinding(14, "金融发展促进中心组建有名无实，未全面挂牌运转");
        finding.AddMeasure("定期向局党组汇报中心工作进展。", MeasureStatus.Completed);
        finding.AddMeasure("定期组织中心同志交心谈心。", MeasureStatus.InProgress);
        finding.AddNextStep("加快事业单位班子组建工作。");
        finding.Assign("市金融发展促进中心", "李四", new DateOnly(2024, 12, 31));
        finding.RecordAnnounced(ProgressAuthor.Announcement("市金融局"), new DateTime(2024, 6, 18, 0, 0, 0, DateTimeKind.Utc), "公告");
        var author = new ProgressAuthor("u1", "张三", ProgressSource.Chat, "msteams");
        finding.RecordMeasureProgress(2, MeasureStatus.InProgress, 80, "完成跟班学习", author, new DateTime(2024, 6, 20, 6, 30, 0, DateTimeKind.Utc));
        return finding;
    }

    [Fact]
    public void Copies_a_loaded_finding_into_the_status_card_model()
    {
        var model = FindingCardModels.From(Item14());

        Assert.Equal((14, FindingStatus.InProgress, "市金融发展促进中心", "李四"), (model.Number, model.Status, model.Department, model.Leader));
        Assert.Equal([MeasureStatus.Completed, MeasureStatus.InProgress], model.Measures.Select(m => m.Status));
        Assert.Equal(80, model.Measures[1].Percent);
        Assert.Equal((2, 1), (model.MeasureCount, model.CompletedMeasureCount));
        Assert.Equal([new FindingCardMeasure(1, "加快事业单位班子组建工作。", MeasureStatus.NotStarted)], model.NextSteps);
        Assert.Equal(new FindingCardUpdate("张三", new DateTime(2024, 6, 20, 6, 30, 0, DateTimeKind.Utc), "完成跟班学习"), model.LastUpdate);
        Assert.Equal([ProgressEntryKind.Progress, ProgressEntryKind.Announced], model.RecentEntries.Select(e => e.Kind));
        Assert.Equal((2, 80), (model.RecentEntries[0].MeasureOrdinal, model.RecentEntries[0].PercentAfter));
    }

    [Fact]
    public void Copies_a_list_query_summary_into_a_list_row()
    {
        var summary = new FindingSummary(14, "金融发展促进中心组建有名无实", FindingStatus.InProgress, 3, 1, null, null, null, null);

        Assert.Equal(new FindingListRow(14, "金融发展促进中心组建有名无实", FindingStatus.InProgress) { MeasureCount = 3, CompletedMeasureCount = 1 }, FindingCardModels.Row(summary));
    }

    [Fact]
    public void Copies_a_finding_into_a_list_row_with_measure_counts()
    {
        var row = FindingCardModels.Row(Item14());

        Assert.Equal(new FindingListRow(14, "金融发展促进中心组建有名无实，未全面挂牌运转", FindingStatus.InProgress) { MeasureCount = 2, CompletedMeasureCount = 1 }, row);
    }
}
