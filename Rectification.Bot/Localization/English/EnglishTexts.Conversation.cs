namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string SendingTooFast => "You are sending messages too fast; please wait a moment.";

    public override string StorageFull => "The bot's storage is full, so this message was not saved (everything saved before is intact). Please ask an administrator to free some space, then send it again.";

    public override string SomethingWentWrong => "Sorry, something went wrong while handling your message. Please try again later; if it keeps happening, contact an administrator.";

    public override string NumberOutOfRange(int number, int min, int max) =>
        $"There is no item {number}; this ledger has items {min}–{max}, for example \"status of item {min}\".";

    public override string NumberNotUnderstood(string raw, int min, int max) =>
        $"I could not read \"{raw}\" as an item number, so I have not guessed one. This ledger has items {min}–{max}, for example \"status of item {min}\".";

    public override string Hello => "Hello! I am the rectification assistant: ask me about the findings and report their progress. Send \"help\" to see what I can do, or just ask \"status of item 14\".";

    public override string YouAreWelcome => "You're welcome! Ask me again any time; send \"help\" to see what I can do.";

    public override string NoFindingsYet => "The ledger holds no findings yet. Ask an administrator to import the progress announcement.";

    public override string MessageTooLong(int length, int maxLength) =>
        $"That message is too long ({length} characters); I read at most {maxLength}. Please ask or report briefly.";

    public override string NotUnderstood => "Sorry, I didn't understand. Try \"status of item 14\", \"list open items\", or \"help\".";

    public override string SuggestionHelpTitle => "Help";

    public override string SuggestionHelpText => "help";

    public override string SuggestionOpenListTitle => "Open items";

    public override string SuggestionOpenListText => "list open items";

    public override string NothingToCancel => "Nothing is in progress, so there is nothing to cancel.";

    public override string AskWhichFindingForHistory => "Which finding's history would you like? For example \"history of item 14\".";

    public override string HistoryHeading(int number, string title) => $"History of item {number}: {title}";
}
