using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.People;

/// <summary>
/// Self-service linking: a registered person asks for a one-time code ("link telegram") in any channel, and sending
/// "link CODE" from another account links that account to them, so their role and department apply there too.
/// Codes are shown only in personal chats, where nobody else reads them.
/// </summary>
internal sealed class AccountLinkAnswers(ActorSource actors, LinkCodes codes, PeopleDirectory people)
{
    private static int ValidMinutes => (int)LinkCode.Lifetime.TotalMinutes;

    public async Task<IReadOnlyList<OutboundMessage>> IssueAsync(LinkAccountIntent intent, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(reply);
        var actor = await actors.IdentifyAsync(reply.Inbound, cancellationToken);
        if (actor.Person is not { Active: true } person)
        {
            var admins = (await people.ContactsAsync(PersonRole.Admin, cancellationToken)).Select(p => p.Name).ToList();
            return [reply.Text(reply.Texts.LinkNeedsRegisteredPerson + " " + reply.Texts.WhomToAsk(PersonRole.Admin, admins))];
        }

        if (!reply.Inbound.Conversation.IsPersonal)
        {
            return [reply.Text(reply.Texts.LinkCodeOnlyInPersonalChat)];
        }

        var issued = await codes.IssueAsync(person, cancellationToken);
        return [reply.Text(reply.Texts.LinkCodeIssued(issued.Code, ValidMinutes, intent.Realm))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> RedeemAsync(RedeemLinkCodeIntent intent, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(reply);
        var redemption = await codes.RedeemAsync(intent.Code, ActorSource.IdentityOf(reply.Inbound.From), cancellationToken);
        var texts = reply.Texts;
        return [reply.Text(redemption switch
        {
            { Kind: LinkRedemptionKind.Linked, Person: { } person } => texts.AccountLinked(person.Name, person.Role, person.Department),
            { Kind: LinkRedemptionKind.AlreadyLinked, Person: { } person } => texts.AccountAlreadyLinked(person.Name),
            { Kind: LinkRedemptionKind.HeldByOther, Holder: { } holder } => texts.AccountHeldByOther(holder.Name),
            _ => texts.LinkCodeRefused(redemption.Refusal ?? LinkCodeRefusal.Unknown, ValidMinutes),
        })];
    }
}
