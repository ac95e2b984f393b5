using Rectification.Domain.Import;

namespace Rectification.Domain.Generation;

/// <summary>
/// The words of generated findings: clauses and sentences of the bundled announcement, recombined, so a large
/// ledger reads like the real one and keyword search (汉融通, 绿色金融) finds matches spread through it.
/// </summary>
internal sealed class GeneratedTexts
{
    private static readonly char[] ClauseBreaks = ['，', ',', '、', '；', ';'];
    private static readonly char[] SentenceBreaks = ['。', '；', ';'];

    private GeneratedTexts(IReadOnlyList<string> titleClauses, IReadOnlyList<string> measureSentences, IReadOnlyList<string> nextSteps)
    {
        TitleClauses = titleClauses;
        MeasureSentences = measureSentences;
        NextSteps = nextSteps;
    }

    public static IReadOnlyList<string> Departments { get; } =
    [
        "办公室", "科技金融处", "银行保险处", "资本市场处", "地方金融监管处", "金融稳定处",
        "政策法规处", "金融服务处", "绿色金融处", "机关党委", "人事处", "综合规划处",
    ];

    public static IReadOnlyList<string> Leaders { get; } = ["李局长", "王副局长", "张副局长", "刘副局长", "陈副局长", "赵主任"];

    public static IReadOnlyList<string> Reporters { get; } = ["张三", "李四", "王五", "赵六", "孙丽", "周强", "吴敏", "郑伟"];

    public static IReadOnlyList<string> Categories { get; } = ["政治建设", "履职尽责", "作风建设", "选人用人", "基层党建"];

    /// <summary>Why a generated sign-off rests on no evidence in the ledger: the material is filed on paper.</summary>
    public const string SignOffWithoutEvidenceReason = "整改材料已线下归档备查";

    public static IReadOnlyList<string> ReopenReasons { get; } = ["反弹回潮", "整改不彻底，群众仍有反映", "复查发现问题仍然存在"];

    public static IReadOnlyList<string> ProgressPhrases { get; } =
    [
        "召开专题会议研究部署", "完成阶段性任务", "形成工作方案", "开展督导检查", "印发相关制度文件",
        "组织培训辅导", "完成调研报告", "推进落实中", "对接有关部门", "建立工作台账",
    ];

    public IReadOnlyList<string> TitleClauses { get; }

    public IReadOnlyList<string> MeasureSentences { get; }

    public IReadOnlyList<string> NextSteps { get; }

    public static GeneratedTexts FromBundledAnnouncement()
    {
        var announcement = BundledAnnouncement.Parse();
        return new GeneratedTexts(
            Pieces(announcement.Findings.Select(f => f.Title), ClauseBreaks),
            Pieces(announcement.Findings.SelectMany(f => f.Measures).Select(m => m.Text), SentenceBreaks),
            Pieces(announcement.Findings.SelectMany(f => f.NextSteps), SentenceBreaks));
    }

    private static List<string> Pieces(IEnumerable<string> texts, char[] breaks) =>
        texts.SelectMany(t => t.Split(breaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Length >= 4)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
