namespace Rectification.Bot.Localization;

/// <summary>Conversation (answers that are not cards; Rectification.Bot/Conversation).</summary>
public abstract partial class Texts
{
    public abstract string SomethingWentWrong { get; }

    /// <summary>The database has no room left: this message was not saved, what was saved before is intact.</summary>
    public abstract string StorageFull { get; }

    /// <summary>Once per window to a person over the per-person message limit.</summary>
    public abstract string SendingTooFast { get; }

    /// <summary>"There is no item 30; this ledger has items 1–29", the range being the ledger's.</summary>
    public abstract string NumberOutOfRange(int number, int min, int max);

    /// <summary>Something stands where an item number belongs but cannot be read whole (第十十项): not guessed.</summary>
    public abstract string NumberNotUnderstood(string raw, int min, int max);

    /// <summary>The answer to 你好 / "hi": short, and pointing to help.</summary>
    public abstract string Hello { get; }

    /// <summary>The answer to 谢谢 / "thanks": short, and pointing to help.</summary>
    public abstract string YouAreWelcome { get; }

    public abstract string NoFindingsYet { get; }

    public abstract string MessageTooLong(int length, int maxLength);

    public abstract string NotUnderstood { get; }

    public abstract string SuggestionHelpTitle { get; }

    public abstract string SuggestionHelpText { get; }

    public abstract string SuggestionOpenListTitle { get; }

    public abstract string SuggestionOpenListText { get; }

    public abstract string NothingToCancel { get; }

    public abstract string AskWhichFindingForHistory { get; }

    public abstract string HistoryHeading(int number, string title);
}
