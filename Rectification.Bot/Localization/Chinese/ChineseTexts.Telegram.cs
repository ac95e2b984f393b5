namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string TelegramLanguageCode => "zh";

    public override string CommandStartDescription => "开始使用，查看我能做什么";

    public override string CommandHelpDescription => "帮助：我能回答的问题";

    public override string CommandStatusDescription => "查看问题进展，例如 /status 14";

    public override string CommandListDescription => "列出全部问题及进展";

    public override string CommandOverdueDescription => "列出逾期的问题（按督办颜色）";

    public override string CommandSupervisionDescription => "督办清单：红、黄、蓝三色督办";

    public override string CommandReportDescription => "汇报进展，例如 /report 14";

    public override string CommandUpdateDescription => "一句话更新，例如 /update 14.3 完成80%";

    public override string CommandHistoryDescription => "查看问题的进展记录，例如 /history 14";

    public override string CommandDigestDescription => "现在发送本周周报";

    public override string CommandExportDescription => "导出整改台账（Excel，领导和管理员）";

    public override string CommandChartDescription => "整改进度图";

    public override string CommandSubscribeDescription => "订阅每周周报";

    public override string CommandUnsubscribeDescription => "取消订阅周报";

    public override string CommandLinkDescription => "绑定账号：/link 绑定码";

    public override string TypeInsteadOfForm(string fields) =>
        $"Telegram 中无法填写{fields}。请直接发送一条消息，例如：{HelpUpdateExample}";

    public override string FieldList(IEnumerable<string> fields) => string.Join("、", fields.Select(f => $"“{f}”"));
}
