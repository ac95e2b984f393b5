namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string TelegramLanguageCode => "en";

    public override string CommandStartDescription => "Start: what I can do";

    public override string CommandHelpDescription => "Help: the questions I answer";

    public override string CommandStatusDescription => "Status of a finding, e.g. /status 14";

    public override string CommandListDescription => "List all findings and their progress";

    public override string CommandOverdueDescription => "List the overdue findings by colour";

    public override string CommandSupervisionDescription => "Supervision list: red, yellow and blue";

    public override string CommandReportDescription => "Report progress, e.g. /report 14";

    public override string CommandUpdateDescription => "Update in one message, e.g. /update 14.3 80% done";

    public override string CommandHistoryDescription => "History of a finding, e.g. /history 14";

    public override string CommandDigestDescription => "Send this week's digest now";

    public override string CommandExportDescription => "Export the rectification ledger (Excel; leaders and admins)";

    public override string CommandChartDescription => "Progress chart";

    public override string CommandSubscribeDescription => "Subscribe to the weekly digest";

    public override string CommandUnsubscribeDescription => "Stop the weekly digest";

    public override string CommandLinkDescription => "Link your account: /link CODE";

    public override string TypeInsteadOfForm(string fields) =>
        $"Telegram cannot fill in {fields} here. Send one message instead, for example: {HelpUpdateExample}";

    public override string FieldList(IEnumerable<string> fields) => string.Join(", ", fields.Select(f => $"\"{f}\""));
}
