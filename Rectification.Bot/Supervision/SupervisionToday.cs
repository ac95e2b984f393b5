using Rectification.Bot.Conversation;
using Rectification.Domain.Findings;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Supervision;

/// <summary>The ladder applied on the office's today (its time zone, the clock the host runs on).</summary>
public sealed class SupervisionToday(SupervisionLadder ladder, OfficeClock office)
{
    public SupervisionLadder Ladder { get; } = ladder;

    public DateOnly Today() => office.Today;

    /// <summary>The finding's standing today; its history must be loaded.</summary>
    public SupervisionStanding StandingOf(Finding finding) => Ladder.StandingOf(finding, Today());
}
