using Rectification.Domain.Findings;
using Rectification.Domain.People;

namespace Rectification.Domain.Progress;

/// <summary>
/// What became of a change asked of <see cref="ProgressRecorder"/>. Every outcome but
/// <see cref="FindingNotFound"/> carries the finding as it now stands, so a channel can show the new state.
/// </summary>
public abstract record ProgressOutcome
{
    private protected ProgressOutcome()
    {
    }

    public bool Succeeded => this is ProgressRecorded;
}

/// <summary>Saved: the one new history entry, and how many attempts it took (more than one after a conflict).</summary>
public sealed record ProgressRecorded(Finding Finding, ProgressEntry Entry, int Attempts) : ProgressOutcome;

/// <summary>The policy refused the actor; nothing was saved. <see cref="RefusalReasons.WhomToAsk"/> says whom to ask.</summary>
public sealed record ProgressRefused(Finding Finding, RefusalReason Reason) : ProgressOutcome;

/// <summary>The finding's own rules refused the change (typed exception: closed, not completed, no such measure…).</summary>
public sealed record ProgressRuleBroken(Finding Finding, FindingRuleException Rule) : ProgressOutcome;

/// <summary>No finding has that number in the current round; <paramref name="Numbers"/> are the ones that exist.</summary>
public sealed record FindingNotFound(int Number, IReadOnlyList<int> Numbers) : ProgressOutcome;

/// <summary>
/// Others kept changing the finding while this change was retried, <see cref="ProgressRecorder.MaxAttempts"/>
/// times; nothing was saved. <paramref name="Latest"/> is the state to show ("changed meanwhile, here it is").
/// </summary>
public sealed record ChangedMeanwhile(Finding Latest, int Attempts) : ProgressOutcome;
