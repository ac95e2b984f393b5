using Rectification.Bot.Conversation.Understanding.Languages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// Weekly nudges to the staff of a finding's responsible department when the finding is in progress and stalled,
/// overdue or due within <see cref="ReminderOptions.DueWithinDays"/> days. Keyed by finding, person and week in
/// the outbox, so at most one nudge per finding and person per week, however often the job fires.
/// </summary>
public sealed partial class ReminderScheduler(
    BotStateDbContext db,
    DigestSource source,
    PeopleDirectory people,
    Outbox outbox,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    IOptions<DigestSettings> digest,
    ILogger<ReminderScheduler> logger)
{
    public async Task<int> EnqueueDueAsync(bool ignoreTime, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out var configured) ? configured : digest.Value.DefaultZone();
        var (period, dueAt) = WeeklySchedule.Current(now, zone, settings.Day, settings.Time);
        if (!ignoreTime && dueAt > now)
        {
            return 0;
        }

        var findings = await source.LoadFindingsAsync(cancellationToken);
        var today = period.DateOf(now);
        var stallDays = settings.StallDays ?? digest.Value.Content.StallDays;
        var staff = (await people.ListAsync(includeInactive: false, cancellationToken)).Where(p => p.Role == PersonRole.Staff).ToList();
        var enqueued = 0;
        foreach (var finding in findings.Where(f => f.Status == FindingStatus.InProgress && f.ResponsibleDepartment is not null))
        {
            var reason = Reason(finding, period, today, settings.DueWithinDays, stallDays);
            if (reason is null)
            {
                continue;
            }

            foreach (var person in staff.Where(p => p.BelongsTo(finding.ResponsibleDepartment)))
            {
                var key = OutboxKeys.Reminder(finding.Number, person.ChannelUserId, period.Key);
                if (await outbox.ExistsAsync(key, cancellationToken))
                {
                    continue;
                }

                var reference = await PersonalReferenceAsync(person, cancellationToken);
                if (reference is null)
                {
                    LogNoConversation(person.ChannelUserId, finding.Number);
                    continue;
                }

                var language = await LanguageAsync(reference, cancellationToken);
                var texts = DigestTexts.For(language);
                var reminder = new OutboundMessage { Locale = Texts.For(language).Locale, Text = texts.Reminder(finding.Number, reason(texts)) };
                var message = new OutboxMessage(
                    key, OutboxKeys.ReminderKind, null, reference.ChannelId, reference.ConversationId, reference.UserId,
                    MessageJson.Serialize(reference.ToConversation()), MessageJson.Serialize(reminder), now.UtcDateTime);
                if (await outbox.EnqueueAsync(message, cancellationToken))
                {
                    enqueued++;
                }
            }
        }

        return enqueued;
    }

    /// <summary>Why the finding deserves a nudge, as words in a given language; null when it does not.</summary>
    internal static Func<DigestTexts, string>? Reason(Finding finding, DigestPeriod period, DateOnly today, int dueWithinDays, int stallDays)
    {
        var title = DigestBuilder.Shorten(finding.Title, DigestOptions.Default.TitleLength);
        if (finding.Deadline is { } deadline && deadline <= today.AddDays(dueWithinDays))
        {
            var daysLeft = deadline.DayNumber - today.DayNumber;
            return texts => texts.Item(finding.Number, title) + " · " + (daysLeft < 0
                ? texts.Overdue(texts.Date(deadline, deadline.Year != today.Year), -daysLeft)
                : texts.DueSoon(texts.Date(deadline, deadline.Year != today.Year), daysLeft));
        }

        if (finding.History.Count == 0)
        {
            return texts => texts.Item(finding.Number, title) + " · " + texts.SinceLastEntry(null, null);
        }

        var last = DateOnly.FromDateTime(period.ToLocal(finding.History.Max(e => e.RecordedAtUtc)));
        var days = today.DayNumber - last.DayNumber;
        return days >= stallDays
            ? texts => texts.Item(finding.Number, title) + " · " + texts.SinceLastEntry(days, texts.Date(last, last.Year != today.Year))
            : null;
    }

    private async Task<ConversationReferenceRecord?> PersonalReferenceAsync(Person person, CancellationToken cancellationToken)
    {
        var ids = new[] { person.ChannelUserId, person.AadObjectId }.Where(id => id is not null).ToList();
        return await db.ConversationReferences.AsNoTracking()
            .Where(r => (r.UserId != null && ids.Contains(r.UserId)) || (r.AlternateUserId != null && ids.Contains(r.AlternateUserId)))
            .Where(r => r.IsPersonal)
            .Where(r => r.PermanentFailure == null)
            .OrderByDescending(r => r.UpdatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<Language> LanguageAsync(ConversationReferenceRecord reference, CancellationToken cancellationToken)
    {
        var preference = await db.UserPreferences.AsNoTracking()
            .FirstOrDefaultAsync(p => p.ChannelId == reference.ChannelId && p.UserId == reference.UserId, cancellationToken);
        return preference?.LastLanguage
            ?? ReplyLanguage.FromLocale(reference.Locale) ?? Language.Chinese;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No personal conversation with {UserId} is stored; no reminder about item {Number}.")]
    private partial void LogNoConversation(string userId, int number);
}
