namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string LedgerFileName(DateOnly day) => $"整改台账-{day:yyyy-MM-dd}.xlsx";

    public override string ChartFileName(DateOnly day) => $"整改进度图-{day:yyyy-MM-dd}.png";

    public override string LedgerExported(int findings, int rows) =>
        $"整改台账见附件：{findings} 个问题，共 {rows} 行（含下一步），另有“汇总”表。";

    public override string LedgerExportLeadersOnly => "导出整改台账仅限领导和管理员。";

    public override string LedgerFileNotHere =>
        "此渠道无法接收文件。请在 Telegram 或网页版对话中发送“导出台账”，或在服务器上运行 export --format xlsx --out 整改台账.xlsx；台账也可在网页 /ledger 查看。";

    public override string LedgerFilePersonalChatOnly =>
        "Teams 只能在与机器人的私聊中发送文件。请在私聊中发送“导出台账”；台账也可在网页 /ledger 查看。";

    public override string FileConsentNote => "点击“允许”后，文件将保存到您的 OneDrive 并在此发送。";

    public override string LedgerFileDeclined => "好的，不发送整改台账。需要时再发送“导出台账”即可。";

    public override string LedgerFileUploadFailed => "整改台账未能保存到您的 OneDrive，请稍后再发送“导出台账”重试。";

    public override string ChartSent(string day) => $"整改进度图（截至{day}）：问题整改状态、措施累计完成数、各责任部门情况。";

    public override string ChartNotHere => "此渠道无法显示图片。进度图表可在网页 /ledger/charts 查看。";

    public override string LedgerFilesEmpty => "台账中还没有问题，暂无可导出或绘制的内容。";

    public override string ChartButtonTitle => "进度图";

    public override string ChartButtonText => "进度图";

    public override string FileSavedTo(string path) => $"文件已保存到：{path}";
}
