using Rectification.Bot.Cards;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>"help": the help card for what this person can do, by their role.</summary>
internal sealed class HelpAnswers(ActorSource actors, ReportingRules rules)
{
    public async Task<IReadOnlyList<OutboundMessage>> HelpAsync(Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var actor = await actors.IdentifyAsync(reply.Inbound, cancellationToken);
        return [reply.Card(HelpCard.Build(reply.Texts, AudienceOf(actor.Person, rules.AllowUnknownUsers)))];
    }

    /// <summary>Whom the help is for; someone unknown where unknown people may report is helped as staff.</summary>
    public static HelpAudience AudienceOf(Person? person, bool allowUnknown) => person switch
    {
        null => allowUnknown ? HelpAudience.Staff : HelpAudience.Unregistered,
        { Active: false } => HelpAudience.Unregistered,
        { Role: PersonRole.Admin } => HelpAudience.Admin,
        { Role: PersonRole.Leader } => HelpAudience.Leader,
        _ => HelpAudience.Staff,
    };
}
