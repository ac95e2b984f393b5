using CsCheck;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.Findings;

namespace Rectification.Tests.Understanding;

/// <summary>
/// The property the issue asks for: no message records a status its text does not state. Messages are built from
/// descriptions (some with 完成 inside a sentence, which states nothing), at most one status phrase and at most one
/// percentage, in any order, with the separators people use; whatever the recogniser makes of it, the status it
/// carries is one the words or the percentage stated ("74% done" is in progress), and none when they stated none.
/// </summary>
public sealed class StatedStatusPropertyTests
{
    private static readonly MessageRecognizer Recognizer = new();

    private static readonly string[] Prefixes = ["更新14.3：", "update 14.3: ", "第14项第3条进展：", "14.3: ", "/update 14.3 ", "更新第十四项第三条："];

    private static readonly string[] Descriptions =
    [
        "召开了专题会议", "已完成班子组建", "完成了两场路演的筹备", "班子组建已完成", "走访调研企业12家", "印发了工作方案",
        "held two roadshows", "met the banks", "drafted the rules", "台账已归档", "10月份又办了两场投融资路演",
    ];

    private static readonly (string Phrase, MeasureStatus Status)[] StatusPhrases =
    [
        ("完成了", MeasureStatus.Completed), ("已经全部完成", MeasureStatus.Completed), ("做完了", MeasureStatus.Completed),
        ("已办结", MeasureStatus.Completed), ("done", MeasureStatus.Completed), ("completed", MeasureStatus.Completed),
        ("推进中", MeasureStatus.InProgress), ("正在推进", MeasureStatus.InProgress), ("基本完成", MeasureStatus.InProgress),
        ("还没完成", MeasureStatus.InProgress), ("not done yet", MeasureStatus.InProgress), ("in progress", MeasureStatus.InProgress),
        ("未开始", MeasureStatus.NotStarted), ("还没开始", MeasureStatus.NotStarted), ("not started", MeasureStatus.NotStarted),
    ];

    // Characters that make up no status word, so random filler cannot state one by chance.
    private const string NeutralCharacters = "会议制度培训企业银行台账纪要走访调研方案资金项目审批";

    private static readonly string[] Separators = ["，", ", ", " ", "；", "。"];

    [Fact]
    public void NoMessageCarriesAStatusItsTextDoesNotState()
    {
        var part = Gen.OneOf(
            Gen.OneOf(Descriptions).Select(d => (Text: d, Status: (MeasureStatus?)null, Percent: (int?)null)),
            Gen.String[Gen.Char[NeutralCharacters], 2, 12].Select(d => (Text: d, Status: (MeasureStatus?)null, Percent: (int?)null)));
        var status = Gen.OneOf(StatusPhrases).Select(s => (Text: s.Phrase, Status: (MeasureStatus?)s.Status, Percent: (int?)null));
        var percent = Gen.Int[0, 100].Select(p => (Text: p + "%", Status: (MeasureStatus?)null, Percent: (int?)p));
        var message = Gen.Select(
            Gen.OneOf(Prefixes),
            part.Array[0, 3],
            status.Array[0, 1],
            percent.Array[0, 1],
            Gen.OneOf(Separators),
            Gen.Int[0, 1000],
            (prefix, descriptions, statuses, percents, separator, seed) =>
            {
                var parts = descriptions.Concat(statuses).Concat(percents).OrderBy(p => HashCode.Combine(p.Text, seed)).ToList();
                return (Text: prefix + string.Join(separator, parts.Select(p => p.Text)), Parts: parts);
            });

        message.Sample(m =>
        {
            var intent = Recognizer.Recognize(m.Text, AnnouncementFindings.Context).Intent;
            var carried = intent switch
            {
                MeasureUpdateIntent update => update.Status,
                ReportIntent report => report.Status,
                _ => null,
            };
            var statedStatus = m.Parts.Select(p => p.Status).FirstOrDefault(s => s is not null);
            var statedPercent = m.Parts.Select(p => p.Percent).FirstOrDefault(p => p is not null);
            Assert.True(
                carried is null || carried == statedStatus || carried == FromPercent(statedPercent),
                $"\"{m.Text}\" carries the status {carried}; it states {statedStatus?.ToString() ?? "no status"} and {statedPercent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} percent.");
        }, iter: 3000);
    }

    private static MeasureStatus? FromPercent(int? percent) => percent switch
    {
        null => null,
        100 => MeasureStatus.Completed,
        0 => MeasureStatus.NotStarted,
        _ => MeasureStatus.InProgress,
    };
}
