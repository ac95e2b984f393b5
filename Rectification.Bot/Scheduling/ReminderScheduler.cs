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
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// Weekly nudges about each in-progress finding that is stalled, overdue or due within
/// <see cref="ReminderOptions.DueWithinDays"/> working days, sent on working days only: on a holiday, or a weekend that
/// is no make-up working day, the week's reminders wait for its next working day at the same time. First the ladder's
/// changes of colour are recorded in the findings' histories (<see cref="SupervisionRecorder"/>); then the colour
/// raises the recipients: the responsible department's staff always, from yellow also the department's head, and for red
/// also the responsible leader and the administrators. Keyed by finding, person and week in the outbox, so at most one nudge per finding and person per
/// week, however often the job fires.
/// </summary>
public sealed partial class ReminderScheduler(
    PersonalConversations conversations,
    DigestSource source,
    PeopleDirectory people,
    SupervisionLadder ladder,
    SupervisionRecorder recorder,
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
        var zone = OfficeTimeZone.Resolve(settings.TimeZone);
        var (period, dueAt) = WeeklySchedule.Current(now, zone, settings.Day, settings.Time);
        if (!ignoreTime && dueAt > now)
        {
            return 0;
        }

        var today = period.DateOf(now);
        if (!ladder.Calendar.IsWorkingDay(today))
        {
            return 0;
        }

        await recorder.RecordAsync(ladder, today, now.UtcDateTime, cancellationToken);
        var findings = await source.LoadFindingsAsync(cancellationToken);
        var stallDays = settings.StallDays ?? digest.Value.Content.StallDays;
        var everyone = await people.ListAsync(includeInactive: false, cancellationToken);
        var enqueued = 0;
        foreach (var finding in findings.Where(f => f.Status == FindingStatus.InProgress && f.ResponsibleDepartment is not null))
        {
            var standing = ladder.StandingOf(finding, today);
            var reason = Reason(finding, period, today, settings.DueWithinDays, stallDays, ladder);
            if (reason is null)
            {
                continue;
            }

            foreach (var person in Recipients(finding, standing.Colour, everyone))
            {
                var key = OutboxKeys.Reminder(finding.Number, person.Key, period.Key);
                if (await outbox.ExistsAsync(key, cancellationToken))
                {
                    continue;
                }

                var reference = await conversations.ReferenceAsync(person, cancellationToken);
                if (reference is null)
                {
                    LogNoConversation(person.Key, finding.Number);
                    continue;
                }

                var language = await conversations.LanguageAsync(reference, cancellationToken);
                var texts = DigestTexts.For(language);
                var colour = standing.Colour == SupervisionColour.None ? string.Empty : Texts.For(language).SupervisionColourName(standing.Colour) + " · ";
                var reminder = new OutboundMessage { Locale = Texts.For(language).Locale, Text = texts.Reminder(finding.Number, colour + reason(texts)) };
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

    /// <summary>
    /// Who hears about the finding at its colour: the responsible department's staff; from yellow also the department's
    /// head (处室负责人, whatever their role); for red also the responsible leader (the leader the finding names) and every
    /// administrator.
    /// </summary>
    internal static IEnumerable<Person> Recipients(Finding finding, SupervisionColour colour, IReadOnlyList<Person> everyone)
    {
        var staff = everyone.Where(p => p.Role == PersonRole.Staff && p.BelongsTo(finding.ResponsibleDepartment));
        var head = colour >= SupervisionColour.Yellow ? everyone.Where(p => p.HeadsDepartment(finding.ResponsibleDepartment)) : [];
        var raised = colour == SupervisionColour.Red
            ? everyone.Where(p => p.Role == PersonRole.Admin || (p.Role == PersonRole.Leader && p.IsLeaderNamed(finding.ResponsibleLeader)))
            : [];
        return staff.Concat(head).Concat(raised).DistinctBy(p => p.Key);
    }

    /// <summary>Why the finding deserves a nudge, as words in a given language; null when it does not.</summary>
    internal static Func<DigestTexts, string>? Reason(Finding finding, DigestPeriod period, DateOnly today, int dueWithinDays, int stallDays, SupervisionLadder ladder)
    {
        var title = DigestBuilder.Shorten(finding.Title, DigestOptions.Default.TitleLength);
        if (finding.SupervisedDeadline() is { } supervised && ladder.IsChased(supervised, today, dueWithinDays) && supervised.ChaseOn is { } deadline)
        {
            var daysLeft = deadline.DayNumber - today.DayNumber;
            if (!supervised.CanBeOverdue)
            {
                return texts => texts.Item(finding.Number, title) + " · " + texts.ReviewDue(texts.Date(deadline, deadline.Year != today.Year), daysLeft);
            }

            return texts => texts.Item(finding.Number, title) + " · " + (daysLeft < 0
                ? texts.Overdue(texts.Date(deadline, deadline.Year != today.Year), -daysLeft)
                : texts.DueSoon(texts.Date(deadline, deadline.Year != today.Year), daysLeft));
        }

        if (finding.LastEntry is not { } lastEntry)
        {
            return texts => texts.Item(finding.Number, title) + " · " + texts.SinceLastEntry(null, null);
        }

        var last = DateOnly.FromDateTime(period.ToLocal(lastEntry.RecordedAtUtc));
        var days = today.DayNumber - last.DayNumber;
        return days >= stallDays
            ? texts => texts.Item(finding.Number, title) + " · " + texts.SinceLastEntry(days, texts.Date(last, last.Year != today.Year))
            : null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No personal conversation with {UserId} is stored; no reminder about item {Number}.")]
    private partial void LogNoConversation(string userId, int number);
}
