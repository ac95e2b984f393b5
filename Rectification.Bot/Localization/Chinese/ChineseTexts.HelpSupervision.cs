namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string HelpNextStepExample => "第14项下一步1完成";

    public override string HelpFollowUpTopic => "回头看：销号后问题是否反弹（到期时机器人会来问本处室）";

    public override string HelpFollowUpExample => "第12项回头看：未反弹";

    public override string HelpCorrectionTopic => "更正最新一条记录（记录人或管理员；原记录保留）";

    public override string HelpCorrectionExample => "更正14.3：完成八成 80%";

    public override string HelpSignOffOverrideExample => "销号第12项，理由：已现场核实";

    public override string HelpChartExample => "进度图";

    public override string HelpExportTopic => "导出整改台账（Excel）";

    public override string HelpExportExample => "导出台账";

    public override string HelpImmediateDeadlineExample => "第五项的完成时限改为立行立改";

    public override string HelpDigestSoFarExample => "本周到目前为止的周报";
}
