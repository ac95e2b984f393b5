using Microsoft.Extensions.Options;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Supervision;
using Rectification.Bot.Cards.Text;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;
using Rectification.Bot.Supervision;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Reporting;
using Rectification.Domain.Supervision;
using Rectification.Domain.Supervision.FollowUp;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// 回头看 in the outbox. On every working day at the reminders' time (Reminders:Time in Reminders:TimeZone) the checks of
/// new sign-offs are planned, and each check that is due and unanswered is put to the finding's department: the
/// question with its yes and no buttons. Left unanswered past Supervision:FollowUpAnswerWithinWorkingDays working days
/// it climbs the ladder like a deadline: yellow reminds the staff and adds the department's head, red adds the
/// responsible leader and the administrators. One message per check, person and stage, whatever the number of firings
/// or instances (the outbox key).
/// </summary>
public sealed partial class FollowUpScheduler(
    FollowUpLedger checks,
    DigestSource source,
    PeopleDirectory people,
    SupervisionLadder ladder,
    FollowUpSchedule schedule,
    PersonalConversations conversations,
    Outbox outbox,
    TimeProvider clock,
    IOptions<ReminderOptions> reminders,
    IOptions<SupervisionOptions> supervision,
    ILogger<FollowUpScheduler> logger)
{
    /// <summary>The stage of a check first asked, before any colour.</summary>
    public const string AskedStage = "asked";

    /// <param name="ignoreTime">True to ask what is due today whatever the time of day (still only on a working day).</param>
    /// <returns>How many messages were enqueued.</returns>
    public async Task<int> EnqueueDueAsync(bool ignoreTime, CancellationToken cancellationToken)
    {
        var settings = reminders.Value;
        if (!settings.Enabled)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var zone = OfficeTimeZone.Resolve(settings.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var today = DateOnly.FromDateTime(local);
        if (!ladder.Calendar.IsWorkingDay(today) || (!ignoreTime && TimeOnly.FromDateTime(local) < settings.Time))
        {
            return 0;
        }

        await checks.PlanAsync(schedule, ladder.Calendar, zone, now.UtcDateTime, cancellationToken);
        var due = await checks.DueAsync(today, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var findings = (await source.LoadFindingsAsync(cancellationToken)).ToDictionary(f => f.Number);
        var everyone = await people.ListAsync(includeInactive: false, cancellationToken);
        var enqueued = 0;
        foreach (var open in due.Where(o => findings.ContainsKey(o.FindingNumber)))
        {
            var finding = findings[open.FindingNumber];
            var (colour, late) = Stage(open.Check, today);
            foreach (var person in ReminderScheduler.Recipients(finding, colour == SupervisionColour.None ? SupervisionColour.Blue : colour, everyone))
            {
                if (await EnqueueAsync(open.Check, finding, colour, late, person, now, cancellationToken))
                {
                    enqueued++;
                }
            }
        }

        return enqueued;
    }

    /// <summary>
    /// Where an unanswered check stands: on the ladder with its answer time (the due day plus
    /// Supervision:FollowUpAnswerWithinWorkingDays working days) as its deadline; before it is yellow, just asked.
    /// </summary>
    internal (SupervisionColour Colour, int WorkingDaysLate) Stage(FollowUpCheck check, DateOnly today)
    {
        var answerBy = ladder.Calendar.AddWorkingDays(check.DueOn, supervision.Value.FollowUpAnswerWithinWorkingDays);
        var standing = ladder.StandingOf(FindingStatus.InProgress, answerBy, reopened: false, today);
        return standing.Colour is SupervisionColour.Yellow or SupervisionColour.Red
            ? (standing.Colour, standing.WorkingDaysOverdue ?? 0)
            : (SupervisionColour.None, 0);
    }

    private async Task<bool> EnqueueAsync(
        FollowUpCheck check, Finding finding, SupervisionColour colour, int late, Person person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = OutboxKeys.FollowUp(check.Id, person.Key, colour == SupervisionColour.None ? AskedStage : colour.ToString());
        if (await outbox.ExistsAsync(key, cancellationToken))
        {
            return false;
        }

        var reference = await conversations.ReferenceAsync(person, cancellationToken);
        if (reference is null)
        {
            LogNoConversation(person.Key, finding.Number);
            return false;
        }

        var texts = Texts.For(await conversations.LanguageAsync(reference, cancellationToken));
        var card = FollowUpCard.Build(new FollowUpCardModel(finding.Number, finding.Title, check.MonthsAfterSignOff, colour, late), texts);
        var question = new OutboundMessage
        {
            Text = CardTextRenderer.Render(card),
            Card = CardLanguage.Stamp(card, texts.Language),
            Locale = texts.Locale,
            Summary = texts.FollowUpTitle(finding.Number, check.MonthsAfterSignOff),
        };
        var message = new OutboxMessage(
            key, OutboxKeys.FollowUpKind, null, reference.ChannelId, reference.ConversationId, reference.UserId,
            MessageJson.Serialize(reference.ToConversation()), MessageJson.Serialize(question), now.UtcDateTime);
        return await outbox.EnqueueAsync(message, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No personal conversation with {UserId} is stored; no follow-up check of item {Number} sent to them.")]
    private partial void LogNoConversation(string userId, int number);
}
