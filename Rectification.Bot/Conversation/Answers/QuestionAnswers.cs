using Microsoft.Extensions.Options;
using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Questions;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>
/// People's everyday questions: their to-do and their department's findings (the department is the asker's in the
/// people directory), the overall progress and this week's changes (weeks and totals as the digest reckons them,
/// in the office's time zone).
/// </summary>
internal sealed class QuestionAnswers(
    LedgerQueries ledger,
    DigestSource digestSource,
    ActorSource actors,
    PeopleDirectory people,
    TimeProvider clock,
    IOptions<ConversationOptions> options)
{
    /// <summary>A week's entries spelled out before the rest are counted: a busy week of the reference round fits.</summary>
    private const int WeekChangeLines = 40;

    public async Task<IReadOnlyList<OutboundMessage>> ToDoAsync(Reply reply, CancellationToken cancellationToken)
    {
        var (department, refusal) = await AskersDepartmentAsync(reply, cancellationToken);
        if (refusal is not null)
        {
            return [refusal];
        }

        var open = (await DepartmentFindingsAsync(department!, cancellationToken)).Where(f => f.Status == FindingStatus.InProgress).ToList();
        return open.Count == 0
            ? [reply.Text(reply.Texts.ToDoEmpty(department!))]
            : [reply.Card(DepartmentFindingsCard.Build(reply.Texts.MyToDoTitle(department!, open.Count), Rows(open), reply.Texts))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> DepartmentAsync(DepartmentFindingsIntent intent, Reply reply, CancellationToken cancellationToken)
    {
        var department = intent.Department;
        if (department is null)
        {
            (department, var refusal) = await AskersDepartmentAsync(reply, cancellationToken);
            if (refusal is not null)
            {
                return [refusal];
            }
        }

        var findings = await DepartmentFindingsAsync(department!, cancellationToken);
        if (findings.Count == 0)
        {
            var known = (await ledger.ListFindingsAsync(FindingStatusFilter.All, cancellationToken))
                .Select(f => f.ResponsibleDepartment).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            return [reply.Text(reply.Texts.DepartmentHasNoFindings(department!, known))];
        }

        var title = reply.Texts.DepartmentFindingsTitle(findings[0].ResponsibleDepartment!, findings.Count);
        return [reply.Card(DepartmentFindingsCard.Build(title, Rows(findings), reply.Texts))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> OverallAsync(Reply reply, CancellationToken cancellationToken)
    {
        var (findings, week) = await ThisWeekAsync(DigestOptions.Default, cancellationToken);
        var progress = new OverallProgress(week.Totals, findings.Count(f => f.IsReopened()));
        return [reply.Card(OverallProgressCard.Build(progress, reply.Texts))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> WeekChangesAsync(Reply reply, CancellationToken cancellationToken)
    {
        var (_, week) = await ThisWeekAsync(DigestOptions.Default with { MaxChangeLines = WeekChangeLines }, cancellationToken);
        return week.Changes.TotalCount == 0
            ? [reply.Text(reply.Texts.WeekChangesNone(week.Period.FirstDay))]
            : [reply.Card(WeekChangesCard.Build(week, reply.Texts))];
    }

    /// <summary>The digest's reckoning of the current week (from Monday 00:00 in the office's time zone), as of now.</summary>
    private async Task<(IReadOnlyList<Finding> Findings, DigestReport Week)> ThisWeekAsync(DigestOptions content, CancellationToken cancellationToken)
    {
        var findings = await digestSource.LoadFindingsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return (findings, digestSource.Build(DigestRound.From(findings), DigestPeriod.Containing(now, options.Value.OfficeTimeZone), now, content));
    }

    /// <summary>The asker's department, or the answer saying why there is none (unknown, removed, no department) and whom to ask.</summary>
    private async Task<(string? Department, OutboundMessage? Refusal)> AskersDepartmentAsync(Reply reply, CancellationToken cancellationToken)
    {
        var actor = await actors.IdentifyAsync(reply.Inbound, cancellationToken);
        if (actor.Person is { Active: true, Department: { } department })
        {
            return (department, null);
        }

        var texts = reply.Texts;
        var why = actor.Person is { Active: true } person ? texts.AskerWithoutDepartment(person.Name) : texts.AskerUnknown;
        var admins = (await people.ContactsAsync(PersonRole.Admin, cancellationToken)).Select(p => p.Name).ToList();
        return (null, reply.Text($"{why} {texts.WhomToAsk(PersonRole.Admin, admins)} {texts.AskerCanStillList}"));
    }

    /// <summary>The department's findings: in progress first, then awaiting sign-off, then signed off; each by deadline (none last), then number.</summary>
    private async Task<List<FindingSummary>> DepartmentFindingsAsync(string department, CancellationToken cancellationToken) =>
        (await ledger.ListFindingsAsync(FindingStatusFilter.All, cancellationToken))
            .Where(f => Person.SameDepartment(f.ResponsibleDepartment, department))
            .OrderBy(f => f.Status switch { FindingStatus.InProgress => 0, FindingStatus.Completed => 1, _ => 2 })
            .ThenBy(f => f.Deadline?.ChaseOn ?? DateOnly.MaxValue)
            .ThenBy(f => f.Number)
            .ToList();

    private static List<FindingListRow> Rows(IEnumerable<FindingSummary> findings) =>
        findings.Select(f => FindingCardModels.Row(f) with { Deadline = f.Deadline }).ToList();
}
