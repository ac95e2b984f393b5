using Rectification.Domain.Progress;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string StatementProblem(ProgressStatementProblem problem) => problem switch
    {
        ProgressStatementProblem.Contradictory => "状态说法前后不一致（例如既说“已完成”又说“推进中”，或“未开始”却有进度），请再说一次这条措施现在的状态。",
        ProgressStatementProblem.TwoPercentages => "消息里有两个不同的百分比，请只说一个完成比例。",
        ProgressStatementProblem.PercentOutOfRange => "完成百分比应为0到100之间的整数。",
        _ => string.Empty,
    };

    public override string NothingNewToRecord(int finding, string measure, string status) =>
        $"第{finding}项{measure}已经是“{status}”，这次没有新的进展内容，未作记录。如有新进展，请写明做了什么。";

    public override string StatusTakenAskDescription(string status) =>
        $"好的，状态记为“{status}”。";

    public override string NoStatusForWholeFinding =>
        "整体进展不单独记录状态（问题状态随各条措施变化）。请写明做了什么；要改某条措施的状态，请说“上一步”选择措施。";

    public override string DescriptionDisagreesWithStatus(string chosen, string said) =>
        $"刚才选择的状态是“{chosen}”，这里又写了“{said}”。请只写做了什么；如要改状态，请说“上一步”。";

    public override string StatusUnderstood(string status) => $"已记下状态“{status}”，还需要补充以下内容。";
}
