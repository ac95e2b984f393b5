using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectification.Bot.Administration;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Hosting.Commands;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;
using Rectification.Domain.People;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// `digest preview --as &lt;channel user id&gt; [--json]`: prints the digest that person would get now (Markdown, or
/// with --json the activity JSON with its card); `digest send`: enqueues the current week's digest for every active
/// subscriber not yet served this week, whatever the time of day, delivers the outbox and exits; `digest status`:
/// the outbox rows not sent (failures included) and the stopped subscriptions.
/// </summary>
internal sealed class DigestCommand(
    BotStateDbContext db,
    DigestSource source,
    DigestScheduler digests,
    PeopleDirectory people,
    IServiceProvider services,
    Outbox outbox,
    TimeProvider clock,
    IOptions<DigestSettings> options,
    CommandOutput output) : IBotCommand
{
    public string Name => "digest";

    public string Usage => "digest preview --as <channel user id> [--json] | digest send | digest status   the weekly digest";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        switch (arguments.FirstOrDefault()?.ToLowerInvariant())
        {
            case "preview" when arguments.Count >= 3 && arguments[1] == "--as" && arguments.Skip(3).All(a => a == "--json"):
                return await PreviewAsync(arguments[2], arguments.Contains("--json"), cancellationToken);
            case "send" when arguments.Count == 1:
                return await SendAsync(cancellationToken);
            case "status" when arguments.Count == 1:
                return await StatusAsync(cancellationToken);
            default:
                await output.Error.WriteLineAsync($"Usage: {Usage}");
                return 2;
        }
    }

    private async Task<int> PreviewAsync(string userId, bool json, CancellationToken cancellationToken)
    {
        var subscription = await db.DigestSubscriptions.AsNoTracking()
            .Where(s => s.UserId == userId).OrderByDescending(s => s.Active).ThenByDescending(s => s.UpdatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
        var preference = await db.UserPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .OrderByDescending(p => p.UpdatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var language = subscription?.Language ?? preference?.LastLanguage ?? Language.Chinese;
        var zone = subscription?.Zone() ?? options.Value.DefaultZone();

        // As the subscriber would get it: the subscription's round, the supervision section, a leader's own findings first.
        var now = clock.GetUtcNow();
        var covered = DigestMessages.PeriodOf(zone, now);
        var round = await source.LoadRoundAsync(covered, subscription?.RoundInspectionId, options.Value.Content.MaxChangeLines, cancellationToken);
        var reader = DigestScheduler.ReaderOf(await people.ListAsync(includeInactive: false, cancellationToken), userId);
        var report = await digests.ReportAsync(round, covered, now, reader, cancellationToken);
        if (json)
        {
            // The message as the outbox would hold it; its channel renders it when it is delivered.
            output.Out.WriteLine(MessageJson.Serialize(DigestMessages.ToMessage(report, language)));
        }
        else
        {
            output.Out.WriteLine(Cards.Digest.DigestMarkdown.Render(report, language));
        }

        return 0;
    }

    private async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var enqueued = await digests.EnqueueDueAsync(ignoreTime: true, cancellationToken);
        // Resolved here, not injected: listing the commands must not build the connector (and its credentials).
        var result = await services.GetRequiredService<OutboxDelivery>().DeliverDueAsync(cancellationToken);
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Digests enqueued: {enqueued}. Delivered: {result.Sent}, to retry: {result.Failed}, given up: {result.Abandoned}."));
        if (result.Failed + result.Abandoned > 0)
        {
            output.Out.WriteLine("See `digest status` for the messages not delivered.");
            return 1;
        }

        return 0;
    }

    private async Task<int> StatusAsync(CancellationToken cancellationToken)
    {
        var active = await db.DigestSubscriptions.CountAsync(s => s.Active, cancellationToken);
        var stopped = await db.DigestSubscriptions.AsNoTracking().Where(s => !s.Active).ToListAsync(cancellationToken);
        var unsent = await outbox.ListUnsentAsync(cancellationToken);
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Active subscriptions: {active}. Messages not sent: {unsent.Count}."));
        foreach (var row in unsent)
        {
            var next = row.State is OutboxState.Abandoned ? "given up" : $"next attempt {row.NextAttemptAtUtc:yyyy-MM-dd HH:mm}Z";
            output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {row.Key}  {row.State}  attempts {row.Attempts}  {next}  to {row.ChannelId}/{row.UserId}{(row.LastError is null ? string.Empty : "  — " + row.LastError)}"));
        }

        foreach (var subscription in stopped.Where(s => s.InactiveReason is not SubscriptionEndReason.Unsubscribed))
        {
            output.Out.WriteLine($"  subscription {subscription.Id} of {subscription.ChannelId}/{subscription.UserId} stopped: {subscription.InactiveReason}");
        }

        return 0;
    }
}
