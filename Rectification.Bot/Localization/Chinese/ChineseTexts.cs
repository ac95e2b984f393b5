using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts : Texts
{
    public override Language Language => Language.Chinese;

    public override string Locale => "zh-CN";

    public override string FindingStatus(FindingStatus status) => status switch
    {
        Domain.Findings.FindingStatus.InProgress => "整改中",
        Domain.Findings.FindingStatus.Completed => "已完成，待销号",
        Domain.Findings.FindingStatus.SignedOff => "已销号",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public override string MeasureStatus(MeasureStatus status) => status switch
    {
        Domain.Findings.MeasureStatus.NotStarted => "未开始",
        Domain.Findings.MeasureStatus.InProgress => "推进中",
        Domain.Findings.MeasureStatus.Completed => "已完成",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
