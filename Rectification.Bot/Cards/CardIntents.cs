namespace Rectification.Bot.Cards;

/// <summary>
/// The "intent" values our cards put in Action.Submit data. The conversation layer routes a submitted card by this
/// value (the activity's value is the data object, with no text).
/// </summary>
public static class CardIntents
{
    /// <summary>Show one finding's status card: { "intent": "status", "finding": 14 }.</summary>
    public const string Status = "status";

    /// <summary>Start reporting progress on a finding: { "intent": "report", "finding": 14 }.</summary>
    public const string Report = "report";

    /// <summary>Show a finding's history: { "intent": "history", "finding": 14 }.</summary>
    public const string History = "history";

    /// <summary>
    /// Treat the text as if the person had typed it: { "intent": "text", "text": "列出整改中的问题" }. Used by the help
    /// card's example buttons, so an example runs through the same understanding as typed questions.
    /// </summary>
    public const string Text = "text";
}
