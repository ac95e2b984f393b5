using Rectification.Domain.Progress;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Understanding.Progress;

/// <summary>
/// What a piece of text says about a measure's progress: the status it states (done, in progress, not started,
/// with negation: 没完成 is "not done", so in progress), the percentage it states, and the rest of the text with
/// those statements taken out. Read by <see cref="ProgressStatementReader"/>, the one understanding of statuses and
/// percentages that the dialog, the one-message update and the form share. Nothing here is inferred: a text that
/// states no status has a null <see cref="Status"/>, and a text that states two that disagree has a
/// <see cref="Problem"/> and no status, so the caller asks.
/// </summary>
/// <param name="Rest">The text without its status and percentage statements (and without "oops, actually"), trimmed.</param>
/// <param name="IsCorrection">The text said it corrects something ("不对", "oops, actually", 应该是…).</param>
public sealed record ProgressStatement(MeasureStatus? Status, int? Percent, string Rest, ProgressStatementProblem Problem, bool IsCorrection)
{
    public static ProgressStatement Empty { get; } = new(null, null, string.Empty, ProgressStatementProblem.None, false);

    /// <summary>A status or a percentage was stated and understood.</summary>
    public bool StatesProgress => Problem == ProgressStatementProblem.None && (Status is not null || Percent is not null);

    /// <summary>Nothing but the statement: no other words to keep as a description.</summary>
    public bool IsOnlyStatement => Rest.Length == 0;

    /// <summary>The percentage to store with the status: 100 for done, the stated one otherwise.</summary>
    public int? PercentFor(MeasureStatus status) => status == MeasureStatus.Completed ? 100 : Percent;
}

