namespace Rectification.Bot.Localization;

/// <summary>Conversation (answers that are not cards; Rectification.Bot/Conversation).</summary>
public abstract partial class Texts
{
    public abstract string SomethingWentWrong { get; }

    /// <summary>Once per window to a person over the per-person message limit.</summary>
    public abstract string SendingTooFast { get; }

    /// <summary>The valid range named, e.g. 问题编号应在1–29之间 / Findings are numbered 1–29.</summary>
    public abstract string NumberOutOfRange(string raw, int min, int max);

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
