using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Storage;
using Rectification.Domain.People;
using Rectification.Domain.Reporting;
using Rectification.Domain.Queries;
using Rectification.Bot.Conversation.Rounds;

namespace Rectification.Bot.Conversation.Digest;

/// <summary>
/// Subscribe, unsubscribe, "my subscription" and "digest now". Leaders (and admins) only unless
/// <see cref="DigestSettings.AllowAnyone"/>; a refusal says so and names the admins to ask.
/// </summary>
internal sealed class DigestAnswers(
    BotStateDbContext db,
    ConversationReferences references,
    PeopleDirectory people,
    DigestSource source,
    DigestSupervisionSource supervision,
    LedgerRounds rounds,
    TimeProvider clock,
    IOptions<DigestSettings> options)
{
    public async Task<IReadOnlyList<OutboundMessage>> SubscribeAsync(SubscribeIntent intent, Reply reply, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(reply, cancellationToken) is { } refusal)
        {
            return [refusal];
        }

        // The channel stored the conversation before this turn; without it, or on a channel that cannot write
        // first, a digest could never arrive.
        var inbound = reply.Inbound;
        if (!reply.Channel.Proactive || await references.FindAsync(inbound.ChannelId, inbound.Conversation.ConversationId, cancellationToken) is null)
        {
            return [reply.Text(reply.Texts.DigestCannotDeliverHere)];
        }

        InspectionRound? round = null;
        if (intent.Round is { } named)
        {
            var all = await rounds.ListAsync(cancellationToken);
            var candidates = RoundResolver.Candidates(named, all);
            if (candidates.Count != 1)
            {
                return [RoundAnswers.NotResolved(named, candidates, all, reply, switching: false)];
            }

            round = candidates[0];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var subscription = await FindAsync(inbound, cancellationToken);
        if (subscription is null)
        {
            subscription = new DigestSubscription(inbound.ChannelId, inbound.From.Id, now);
            db.DigestSubscriptions.Add(subscription);
        }

        var keepsSchedule = subscription.Active && intent.Day is null && intent.Time is null;
        subscription.Subscribe(
            inbound.Conversation.ConversationId,
            inbound.From.Name,
            reply.Texts.Language,
            TimeZoneOf(inbound) ?? (subscription.Active ? subscription.TimeZoneId : options.Value.DefaultTimeZone),
            intent.Day ?? (subscription.Active ? subscription.Day : options.Value.DefaultDay),
            intent.Time ?? (subscription.Active ? subscription.LocalTime : options.Value.DefaultTime),
            now,
            keepsSchedule);
        if (round is not null)
        {
            subscription.CoverRound(round.InspectionId, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        var subscribed = reply.Texts.DigestSubscribed(reply.Texts.DayName(subscription.Day), Time(subscription.LocalTime), subscription.TimeZoneId);
        return [reply.Text(round is null ? subscribed : subscribed + " " + reply.Texts.DigestCoversRound(round.Ordinal))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> UnsubscribeAsync(Reply reply, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(reply.Inbound, cancellationToken);
        if (subscription is not { Active: true })
        {
            return [reply.Text(reply.Texts.DigestNotSubscribed)];
        }

        subscription.Deactivate(SubscriptionEndReason.Unsubscribed, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return [reply.Text(reply.Texts.DigestUnsubscribed)];
    }

    public async Task<IReadOnlyList<OutboundMessage>> MySubscriptionAsync(Reply reply, CancellationToken cancellationToken)
    {
        var subscription = await FindAsync(reply.Inbound, cancellationToken);
        var texts = reply.Texts;
        return subscription switch
        {
            { Active: true } s => [reply.Text(texts.DigestSubscription(texts.DayName(s.Day), Time(s.LocalTime), s.TimeZoneId))],
            { InactiveReason: SubscriptionEndReason.Blocked or SubscriptionEndReason.Undeliverable } s =>
                [reply.Text(texts.DigestSubscriptionStopped(texts.DayName(s.Day), Time(s.LocalTime), s.TimeZoneId))],
            _ => [reply.Text(texts.DigestNotSubscribed)],
        };
    }

    /// <summary>The digest this week's send carries, built now, in the person's time zone.</summary>
    /// <summary>The last complete week's digest, or with <see cref="DigestNowIntent.SoFarThisWeek"/> the current week's up to now.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> DigestNowAsync(DigestNowIntent intent, Reply reply, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(reply, cancellationToken) is { } refusal)
        {
            return [refusal];
        }

        var subscription = await FindAsync(reply.Inbound, cancellationToken);
        var zoneId = TimeZoneOf(reply.Inbound) ?? subscription?.TimeZoneId ?? options.Value.DefaultTimeZone;
        var zone = OfficeTimeZone.Resolve(zoneId);
        var now = clock.GetUtcNow();
        var report = intent.SoFarThisWeek
            ? await source.BuildAsync(DigestMessages.CurrentWeekOf(zone, now), now, options.Value.Content, cancellationToken)
            : await DigestMessages.BuildAsync(source, zone, now, options.Value.Content, cancellationToken);
        var reader = await people.FindAsync(ActorSource.IdentityOf(reply.Inbound.From), cancellationToken);
        report = await supervision.CompleteAsync(report, reader, cancellationToken);
        return [DigestMessages.ToMessage(report, reply.Texts.Language)];
    }

    private async Task<OutboundMessage?> RefusalAsync(Reply reply, CancellationToken cancellationToken)
    {
        if (options.Value.AllowAnyone)
        {
            return null;
        }

        var from = reply.Inbound.From;
        var person = await people.FindAsync(ActorSource.IdentityOf(from), cancellationToken);
        if (person is { Active: true, Role: PersonRole.Leader or PersonRole.Admin })
        {
            return null;
        }

        var admins = await people.ContactsAsync(PersonRole.Admin, cancellationToken);
        var whom = admins.Count == 0 ? null : string.Join(reply.Texts.Language == Localization.Language.English ? ", " : "、", admins.Select(a => a.Name));
        return reply.Text(reply.Texts.DigestLeadersOnly(whom));
    }

    private Task<DigestSubscription?> FindAsync(InboundMessage inbound, CancellationToken cancellationToken) =>
        db.DigestSubscriptions.FirstOrDefaultAsync(s => s.ChannelId == inbound.ChannelId && s.UserId == inbound.From.Id, cancellationToken);

    /// <summary>The IANA zone the client reported (activity.localTimezone), when this machine knows it.</summary>
    private static string? TimeZoneOf(InboundMessage inbound) => OfficeTimeZone.KnownIanaId(inbound.TimeZone);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
