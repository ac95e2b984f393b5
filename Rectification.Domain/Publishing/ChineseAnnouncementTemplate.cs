using System.Globalization;
using Rectification.Domain.Inspections;
using Rectification.Domain.Numerals;

namespace Rectification.Domain.Publishing;

/// <summary>
/// The announcement's wording in Chinese, the language it is published in: the fixed sections follow the published
/// 集中整改进展情况 word for word, and the finding statements are put together the way it writes them.
/// </summary>
internal sealed class ChineseAnnouncementTemplate : IAnnouncementTemplate
{
    public string InspectionParagraph(Inspection inspection) =>
        $"按照市委巡察工作统一部署,{Date(inspection.PeriodStart)}至{Date(inspection.PeriodEnd)},{inspection.InspectionGroup}对{inspection.InspectedOrganization}进行了巡察。"
        + $"{Date(inspection.FeedbackDate)},{inspection.InspectionGroup}向{inspection.InspectedOrganization}反馈巡察意见。按照巡察工作有关要求,现将集中整改进展情况予以公布。";

    public IReadOnlyList<string> OrganisationSection { get; } =
    [
        "一、巡察整改组织领导情况",
        "(一)提高站位抓落实。巡察反馈会后,市金融局党组立即认真研究反馈意见、深刻查摆问题原因、制定整改方案。成立了由党组书记任组长,班子成员为副组长,各处室负责人为成员的巡察整改工作领导小组,切实抓好跟踪督办和统筹协调,逐项、从严、依规推进反馈问题整改工作。",
        "(二)制定方案聚合力。拟定《市地方金融局党组关于第十四届市委第五轮巡察反馈问题的整改方案》,逐一明确反馈问题责任分工、整改措施和完成时限。党组书记认真履行整改工作第一责任人职责,班子成员落实“一岗双责”,各级党员领导干部各司其职,形成全面整改落实的工作合力。",
        "(三)注重实效强运用。坚持将整改工作与局党组主体责任落实相结合,与推动全面从严治党相结合,切实通过巡察整改推动问题解决,营造良好政治生态。聚焦主责主业,建立健全长效机制,自觉把贯彻落实巡察反馈意见建议作为推动金融工作高质量发展的重要动力。",
    ];

    public string ProgressHeading => "二、整改进展情况及成效";

    public string FindingHeading(int number, string title) => string.Create(CultureInfo.InvariantCulture, $"{number}.关于“{title}”的问题");

    public string MeasureMarker(int ordinal) => ChineseNumeral.Format(ordinal) + "是";

    /// <summary>A next step that follows an unfinished clause is joined by a comma, as the announcement writes it (finding 14).</summary>
    public string ClauseJoin => ",";

    public string RecentProgress(DateOnly date, int? measure, string description) => measure is { } ordinal
        ? $"截至{Date(date)},{MeasureMarker(ordinal)}措施最新进展:{description}"
        : $"截至{Date(date)},最新进展:{description}";

    public IReadOnlyList<string> ClosingSection { get; } =
    [
        "三、推进巡察整改工作打算",
        "(一)筑牢理想信念,加强党的全面领导。持续深入学习贯彻习近平新时代中国特色社会主义思想、党的二十大和二十届二中全会精神,拥护“两个确立”、践行“两个维护”,持续在学深悟透上下更大功夫,切实提高政治站位,严守政治纪律和政治规矩,切实把新思想、新理念、新要求贯彻到创新实践中,确保中央、省市委工作部署要求不折不扣落到实处。",
        "(二)强化责任担当,持续推进巡察整改。把巡察整改作为长期重大政治任务来落实,坚持劲头不松、力度不减、标准不降,对已完成的整改事项,适时开展“回头看”,进行跟踪问效,巩固扩大整改成果,确保同类问题不反弹回潮;对尚未完成整改的事项,坚持一抓到底、常抓不懈、持续用力,以“钉钉子”精神推动整改任务落实到位,确保巡察反馈问题全面、彻底整改到位。",
        "(三)巩固巡察成果,提高金融工作水平。以此次巡察整改工作为契机,把落实巡察整改任务与学习贯彻习近平总书记重要讲话及指示批示精神结合起来,与落实中央经济工作和中央金融工作会议精神结合起来,把巡察整改成果运用到金融工作中去,真正通过整改提高领导班子凝聚力、战斗力,切实把加强党的领导贯穿地方金融工作全过程各方面,锻造忠诚干净担当的高素质专业化金融干部人才队伍,为全市经济社会高质量发展贡献金融力量。",
        "欢迎广大干部群众对集中整改落实情况进行监督,如果有意见建议请及时向我们反映。联系方式:电话027-82826305;电子邮箱:whjrbjgdw@163.com;邮编:430014;邮政地址:武汉市江岸区胜利街261号中共武汉市委金融委员会办公室116室。",
    ];

    public string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
