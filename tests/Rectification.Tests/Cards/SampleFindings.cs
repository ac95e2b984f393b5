using Rectification.Bot.Cards;
using Rectification.Domain.Findings;
using Rectification.Domain.Import;

namespace Rectification.Tests.Cards;

/// <summary>Card models as the conversation layer would hand them over, built from the 2024-06-18 announcement.</summary>
internal static class SampleFindings
{
    public static TimeZoneInfo Shanghai { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>2024-06-18 06:30 UTC, 14:30 in Wuhan.</summary>
    public static DateTime ReportedAtUtc { get; } = new(2024, 6, 18, 6, 30, 0, DateTimeKind.Utc);

    /// <summary>Item 14 with everything set: three measures in all three states, next steps, history.</summary>
    public static FindingCardModel Item14() => new(14, "金融发展促进中心组建有名无实，未全面挂牌运转", FindingStatus.InProgress)
    {
        Department = "市金融发展促进中心",
        Leader = "李四",
        Deadline = new DateOnly(2024, 12, 31),
        Measures =
        [
            new(1, "定期向局党组汇报中心工作进展，并制定出台《关于机构改革过渡期市金融发展促进中心运行管理的工作安排》。", MeasureStatus.Completed, 100),
            new(2, "定期组织中心同志交心谈心，加强团队凝聚力与战斗力，围绕主责主业在各处室跟班学习，在实践中不断提升自身素质和能力，为实现独立运行履职奠定基础。", MeasureStatus.InProgress, 80),
            new(3, "依法依规加快事业单位班子组建工作，推动中心全面履行工作职责。", MeasureStatus.NotStarted),
        ],
        NextSteps = [new(1, "依法依规加快事业单位班子组建工作，推动中心全面履行工作职责。", MeasureStatus.InProgress, 40)],
        LastUpdate = new FindingCardUpdate("张三", ReportedAtUtc, "完成第二季度跟班学习"),
        RecentEntries =
        [
            new("张三", ReportedAtUtc, ProgressEntryKind.Progress, "完成第二季度跟班学习，覆盖6个处室。")
            {
                MeasureOrdinal = 2,
                MeasureStatusBefore = MeasureStatus.InProgress,
                MeasureStatusAfter = MeasureStatus.InProgress,
                PercentBefore = 50,
                PercentAfter = 80,
                FindingStatusBefore = FindingStatus.InProgress,
                FindingStatusAfter = FindingStatus.InProgress,
            },
            new("市金融局", new DateTime(2024, 6, 17, 16, 0, 0, DateTimeKind.Utc), ProgressEntryKind.Announced, "公告：已产生中心领导班子成员意向人选。"),
        ],
    };

    /// <summary>Only what the announcement gives: no department, leader, deadline, updates or next steps.</summary>
    public static FindingCardModel Bare() => new(27, "化解历史遗留问题不作为，有关项目尾款未支付", FindingStatus.Completed)
    {
        Measures = [new(1, "已支付有关项目尾款。", MeasureStatus.Completed, 100)],
    };

    public static FindingCardModel NoMeasures() => new(29, "个别巡察整改问题反弹回潮，再次发现上轮巡察反馈有关问题", FindingStatus.SignedOff);

    /// <summary>Eight measures of about 300 characters, long next steps and long history descriptions.</summary>
    public static FindingCardModel Long()
    {
        var text = string.Concat(Enumerable.Repeat("协调银行机构加大对制造业信贷支持力度，落实房地产信贷相关政策，", 10));
        var description = string.Concat(Enumerable.Repeat("已召开专题会议研究部署，", 40));
        return Item14() with
        {
            Number = 2,
            Title = AnnouncementTitles()[2],
            Measures = [.. Enumerable.Range(1, 8).Select(i => new FindingCardMeasure(i, text, (MeasureStatus)(i % 3), i % 3 == 1 ? 10 * i : null))],
            NextSteps = [new(1, text, MeasureStatus.NotStarted), new(2, text, MeasureStatus.InProgress, 50), new(3, text, MeasureStatus.Completed, 100)],
            RecentEntries = [.. Enumerable.Range(0, 5).Select(i => new FindingCardEntry("欧阳明月", ReportedAtUtc.AddDays(-i), ProgressEntryKind.Progress, description))],
        };
    }

    /// <summary>All 29 findings with their published titles, statuses mixed.</summary>
    public static IReadOnlyList<FindingListRow> AllRows() =>
        [.. AnnouncementTitles().Select(pair => new FindingListRow(pair.Key, pair.Value, (FindingStatus)(pair.Key % 3))
        {
            MeasureCount = 4,
            CompletedMeasureCount = pair.Key % 5,
        })];

    /// <summary>The 29 problem statements of the announcement, by number, read through the domain's own parser.</summary>
    public static SortedDictionary<int, string> AnnouncementTitles() =>
        new(BundledAnnouncement.Parse().Findings.ToDictionary(f => f.Number, f => f.Title));
}
