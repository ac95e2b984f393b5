using Rectification.Domain.Findings;

namespace Rectification.Tests.Import;

public sealed class AnnouncementParserFindingTests
{
    [Fact]
    public void Real_announcement_has_29_findings_numbered_1_to_29_in_order() =>
        Assert.Equal(Enumerable.Range(1, 29), RealAnnouncement.Parsed.Findings.Select(f => f.Number));

    [Fact]
    public void Title_of_item_11_is_kept_as_published_without_its_closing_full_stop()
    {
        var finding = RealAnnouncement.Finding(11);

        Assert.Equal("打造全国一流科创金融中心‘重申轻建’,引导股权投资支持科创企业不够有力,运用担保机制满足科技企业融资需要成效不明显", finding.Title);
        Assert.EndsWith("”的问题。", finding.Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_of_item_25_keeps_its_repeated_phrase() =>
        Assert.Equal("支部党建工作不规范,支部党建工作不规范,组织生活不严肃,局内组织参观见学实践活动未做到支部全覆盖", RealAnnouncement.Finding(25).Title);

    [Fact]
    public void Title_of_item_26_is_kept_as_published_without_its_closing_full_stop() =>
        Assert.Equal("支部评优重业务轻党建,部分年度推选星级党支部、优秀基层党组织时,以工作业绩、工作饱和度等作为评选标准", RealAnnouncement.Finding(26).Title);

    [Fact]
    public void Title_of_item_29_is_read_although_its_heading_lacks_的问题()
    {
        var finding = RealAnnouncement.Finding(29);

        Assert.Equal("个别巡察整改问题反弹回潮,再次发现上轮巡察反馈有关问题", finding.Title);
        Assert.Equal("29.关于“个别巡察整改问题反弹回潮,再次发现上轮巡察反馈有关问题”", finding.Heading);
    }

    [Fact]
    public void Heading_line_numbers_point_into_the_document()
    {
        Assert.Equal(7, RealAnnouncement.Finding(1).LineNumber);
        Assert.Equal(63, RealAnnouncement.Finding(29).LineNumber);
    }

    // Counted by reading the published text (一是, 二是, … per item; a body without 一是 is one measure).
    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 4)]
    [InlineData(3, 2)]
    [InlineData(4, 4)]
    [InlineData(5, 2)]
    [InlineData(6, 3)]
    [InlineData(7, 4)]
    [InlineData(8, 3)]
    [InlineData(9, 3)]
    [InlineData(10, 3)]
    [InlineData(11, 3)]
    [InlineData(12, 3)]
    [InlineData(13, 3)]
    [InlineData(14, 3)]
    [InlineData(15, 3)]
    [InlineData(16, 2)]
    [InlineData(17, 3)]
    [InlineData(18, 3)]
    [InlineData(19, 4)]
    [InlineData(20, 1)]
    [InlineData(21, 3)]
    [InlineData(22, 1)]
    [InlineData(23, 3)]
    [InlineData(24, 3)]
    [InlineData(25, 3)]
    [InlineData(26, 1)]
    [InlineData(27, 1)]
    [InlineData(28, 3)]
    [InlineData(29, 2)]
    public void Measure_count_matches_the_published_text(int number, int expectedMeasures)
    {
        var measures = RealAnnouncement.Finding(number).Measures;

        Assert.Equal(expectedMeasures, measures.Length);
        Assert.Equal(Enumerable.Range(1, expectedMeasures), measures.Select(m => m.Ordinal));
    }

    [Fact]
    public void Whole_announcement_has_79_measures() =>
        Assert.Equal(79, RealAnnouncement.Parsed.Findings.Sum(f => f.Measures.Length));

    [Fact]
    public void Measure_text_does_not_include_its_marker()
    {
        Assert.Equal("推动符合条件的企业上市和新三板挂牌。2023年全市新增上市和过审企业10家。", RealAnnouncement.Finding(1).Measures[0].Text);
        Assert.Equal("进一步推动加强直接融资。鼓励引导符合条件的企业发行企业债、公司债、票据等,联合上交所举办债券专题培训活动,指导各区落实直接融资奖励。", RealAnnouncement.Finding(1).Measures[1].Text);
    }

    [Fact]
    public void Body_without_一是_is_one_measure_holding_the_whole_text() =>
        Assert.Equal("加强学习领会文件精神,对局党组会议议事范围进行修订完善,进一步加强党组议事机制建设。", Assert.Single(RealAnnouncement.Finding(22).Measures).Text);

    [Fact]
    public void Next_step_of_item_4_is_split_out_of_its_fourth_measure()
    {
        var finding = RealAnnouncement.Finding(4);

        Assert.Equal(
            "下一步,将指导武汉金控集团做优做强“汉融通”平台,加强涉企信用信息归集、治理、运用,畅通小微企业融资渠道;推动证券期货机构设立区域总部,支持地方法人证券机构深耕本地,服务推动武汉企业通过资本市场直接融资。",
            Assert.Single(finding.NextSteps));
        Assert.Equal("加大协调支持力度,推动汉口银行、武汉农商行做优做强。截至2023年末,汉口银行、武汉农商行存贷款余额、资产规模均实现同比较快增长。", finding.Measures[3].Text);
    }

    [Fact]
    public void Next_step_of_item_5_is_split_out_of_its_second_measure()
    {
        var finding = RealAnnouncement.Finding(5);

        Assert.Equal(
            "下一步,将持续做好优质企业上市服务和股权投资发展工作,组织开展企业上市培训和投融资对接活动,引导社会资本“投早、投小、投科技、投未来”,支持优质企业利用资本市场发展壮大。",
            Assert.Single(finding.NextSteps));
        Assert.EndsWith("常态化开展投融资路演活动。", finding.Measures[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_step_of_item_10_is_split_out_of_its_third_measure()
    {
        var finding = RealAnnouncement.Finding(10);

        Assert.Equal("下一步,将加强与武汉都市圈城市项目合作与金融对接,深化机构、市场、业务等全方位合作。", Assert.Single(finding.NextSteps));
        Assert.EndsWith("形成工作合力。", finding.Measures[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_step_of_item_14_starts_after_a_comma_and_leaves_no_dangling_comma()
    {
        var finding = RealAnnouncement.Finding(14);

        Assert.Equal("下步将依法依规加快事业单位班子组建工作,推动中心全面履行工作职责。", Assert.Single(finding.NextSteps));
        Assert.Equal("经前期考察,已产生金融发展促进中心领导班子成员意向人选", finding.Measures[2].Text);
    }

    [Fact]
    public void Only_items_4_5_10_and_14_have_next_steps() =>
        Assert.Equal([4, 5, 10, 14], RealAnnouncement.Parsed.Findings.Where(f => f.NextSteps.Length > 0).Select(f => f.Number));

    [Fact]
    public void Measures_mentioning_待_正在_or_筹划_are_the_only_ones_in_progress()
    {
        var inProgress = RealAnnouncement.Parsed.Findings
            .SelectMany(f => f.Measures.Where(m => m.Status == MeasureStatus.InProgress).Select(m => (f.Number, m.Ordinal)));

        // 4/1 正在筹划, 13/1 筹划, 18/3 待…拨付后, 27/1 待…完成后.
        Assert.Equal([(4, 1), (13, 1), (18, 3), (27, 1)], inProgress);
    }

    [Fact]
    public void Every_other_measure_is_completed_as_reported() =>
        Assert.Equal(75, RealAnnouncement.Parsed.Findings.Sum(f => f.Measures.Count(m => m.Status == MeasureStatus.Completed)));

    [Fact]
    public void Findings_in_progress_are_those_with_open_measures_or_next_steps()
    {
        var inProgress = RealAnnouncement.Parsed.Findings.Where(f => f.Status == FindingStatus.InProgress).Select(f => f.Number);

        Assert.Equal([4, 5, 10, 13, 14, 18, 27], inProgress);
    }

    [Fact]
    public void Sections_one_and_three_contribute_no_findings()
    {
        var all = RealAnnouncement.Parsed.Findings.SelectMany(f => f.Measures.Select(m => m.Text)).ToList();

        Assert.DoesNotContain(all, text => text.Contains("提高站位抓落实", StringComparison.Ordinal));
        Assert.DoesNotContain(all, text => text.Contains("筑牢理想信念", StringComparison.Ordinal));
    }
}
