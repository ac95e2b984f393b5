using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

internal sealed class EnglishTexts : Texts
{
    public override Language Language => Language.English;

    public override string Locale => "en-US";

    public override string FindingStatus(FindingStatus status) => status switch
    {
        Domain.Findings.FindingStatus.InProgress => "In progress",
        Domain.Findings.FindingStatus.Completed => "Completed, awaiting sign-off",
        Domain.Findings.FindingStatus.SignedOff => "Signed off",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public override string MeasureStatus(MeasureStatus status) => status switch
    {
        Domain.Findings.MeasureStatus.NotStarted => "Not started",
        Domain.Findings.MeasureStatus.InProgress => "In progress",
        Domain.Findings.MeasureStatus.Completed => "Completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    // ---- Conversation ----

    public override string SomethingWentWrong => "Sorry, something went wrong while handling your message. Please try again later; if it keeps happening, contact an administrator.";

    public override string NumberOutOfRange(string raw, int min, int max) =>
        $"There is no finding \"{raw}\". Findings are numbered {min}–{max}, for example \"status of item {min}\".";

    public override string NoFindingsYet => "The ledger holds no findings yet. Ask an administrator to import the progress announcement.";

    public override string MessageTooLong(int length, int maxLength) =>
        $"That message is too long ({length} characters); I read at most {maxLength}. Please ask or report briefly.";

    public override string NotUnderstood => "Sorry, I didn't understand. Try \"status of item 14\", \"list open items\", or \"help\".";

    public override string SuggestionHelpTitle => "Help";

    public override string SuggestionHelpText => "help";

    public override string SuggestionOpenListTitle => "Open items";

    public override string SuggestionOpenListText => "list open items";

    public override string NothingToCancel => "Nothing is in progress, so there is nothing to cancel.";

    public override string FeatureReporting => "reporting progress and sign-off in chat";

    public override string FeatureDigest => "the weekly digest";

    public override string NotYetAvailable(string feature) => $"Sorry, {feature} is not available yet. You can ask about a finding's progress, list findings and search by keyword.";

    public override string AskWhichFindingForHistory => "Which finding's history would you like? For example \"history of item 14\".";

    public override string HistoryHeading(int number, string title) => $"History of item {number}: {title}";

    // ---- end Conversation ----
}
