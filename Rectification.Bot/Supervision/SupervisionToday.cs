using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation;
using Rectification.Domain.Findings;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Supervision;

/// <summary>The ladder applied on the office's today (its time zone, the clock the host runs on).</summary>
public sealed class SupervisionToday(SupervisionLadder ladder, TimeProvider clock, IOptions<ConversationOptions> options)
{
    public SupervisionLadder Ladder { get; } = ladder;

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.OfficeTimeZone).DateTime);

    /// <summary>The finding's standing today; its history must be loaded.</summary>
    public SupervisionStanding StandingOf(Finding finding) => Ladder.StandingOf(finding, Today());
}
