namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string HelpNextStepExample => "update 14 next step 1: done";

    public override string HelpFollowUpTopic => "Follow-up checks (回头看): has a signed-off problem come back? (the bot asks the department when one is due)";

    public override string HelpFollowUpExample => "follow-up 12: no recurrence";

    public override string HelpCorrectionTopic => "Correct the latest entry (its author or an admin; the old entry is kept)";

    public override string HelpCorrectionExample => "correct 14.3: 80% done";

    public override string HelpSignOffOverrideExample => "sign off 12 without evidence because it was checked on site";

    public override string HelpChartExample => "progress chart";

    public override string HelpExportTopic => "Export the rectification ledger (Excel)";

    public override string HelpExportExample => "export ledger";

    public override string HelpImmediateDeadlineExample => "set the deadline of item 5 to immediately";

    public override string HelpDigestSoFarExample => "digest so far this week";
}
