using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Storage;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Reporting.AdminRequests;

/// <summary>
/// Answers an administrator's request in plain words: refused for anyone else (naming whom to ask), told what is
/// missing when it is incomplete, told plainly when the named person is not registered; otherwise the request is
/// stored as the admin-request dialog and the administrator is asked to confirm. Nothing changes here.
/// </summary>
internal sealed class AdminRequestAnswers(
    AdminRequestDialog dialog,
    DialogStore dialogs,
    PeopleDirectory people,
    BotStateDbContext botState,
    ReportingReplies replies,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<OutboundMessage>> StartAsync(AdminRequestIntent intent, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(turn);
        var texts = turn.Reply.Texts;
        if (ReportingPolicy.Decide(ReportingAction.Administer, turn.Actor, null, allowUnknown: false).Refusal is { } refusal)
        {
            return [await replies.RefusalAsync(refusal, turn.Reply, cancellationToken)];
        }

        if (Missing(intent) is var (part, subject))
        {
            await DropPendingAsync(turn, cancellationToken);
            return [turn.Reply.Text(texts.AdminRequestMissing(part, subject))];
        }

        var state = intent switch
        {
            SetRoleRequestIntent role => await RoleChangeAsync(role, cancellationToken),
            AddPersonRequestIntent add => await NewPersonAsync(add, cancellationToken),
            AssignRequestIntent assign => new AdminRequestState
            {
                Kind = AdminRequestKind.Assign, PersonGiven = true, FindingNumber = assign.FindingNumber,
                Department = assign.Department, Leader = assign.Leader, Deadline = assign.Deadline,
            },
            SetDeadlineRequestIntent deadline => new AdminRequestState
            {
                Kind = AdminRequestKind.Assign, PersonGiven = true, FindingNumber = deadline.FindingNumber, Deadline = deadline.Deadline,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, "Not an administrator's request."),
        };
        if (state is null)
        {
            await DropPendingAsync(turn, cancellationToken);
            return [turn.Reply.Text(texts.AdminPersonNotFound(((SetRoleRequestIntent)intent).Person))];
        }

        return [await BeginAsync(state with { Language = texts.Language }, turn, cancellationToken)];
    }

    /// <summary>The part an incomplete request left out, and what it was about (a name or a finding number).</summary>
    private static (AdminRequestPart Part, string Subject)? Missing(AdminRequestIntent intent) => intent switch
    {
        SetRoleRequestIntent { Role: null } role => (AdminRequestPart.Role, role.Person),
        AddPersonRequestIntent { Role: null } add => (AdminRequestPart.NewPersonRole, add.Name),
        AssignRequestIntent { Department: null } assign => (AdminRequestPart.Department, Number(assign.FindingNumber)),
        SetDeadlineRequestIntent { Deadline: null } deadline => (AdminRequestPart.Deadline, Number(deadline.FindingNumber)),
        _ => null,
    };

    /// <summary>The person by user id or by name among the registered people; null when there is none (never a guess).</summary>
    private async Task<AdminRequestState?> RoleChangeAsync(SetRoleRequestIntent request, CancellationToken cancellationToken)
    {
        var active = await people.ListAsync(includeInactive: false, cancellationToken);
        var byId = active.FirstOrDefault(p => p.IsIdentifiedBy(request.Person));
        var matches = byId is null
            ? active.Where(p => string.Equals(p.Name, request.Person, StringComparison.OrdinalIgnoreCase)).ToList()
            : [byId];
        return matches.Count switch
        {
            0 => null,
            1 => new AdminRequestState
            {
                Kind = AdminRequestKind.SetRole, PersonGiven = true, PersonId = matches[0].ChannelUserId, PersonName = matches[0].Name,
                CurrentRole = matches[0].Role, Role = request.Role,
            },
            _ => new AdminRequestState
            {
                Kind = AdminRequestKind.SetRole, PersonName = request.Person, Candidates = [.. matches.Select(p => p.ChannelUserId)], Role = request.Role,
            },
        };
    }

    /// <summary>A new person's user id is known when exactly one account of that name has written to the bot.</summary>
    private async Task<AdminRequestState> NewPersonAsync(AddPersonRequestIntent request, CancellationToken cancellationToken)
    {
        var accounts = await botState.ConversationReferences.AsNoTracking()
            .Where(r => r.UserName == request.Name && r.UserId != null)
            .Select(r => r.UserId!)
            .Distinct()
            .OrderBy(id => id)
            .Take(2)
            .ToListAsync(cancellationToken);
        return new AdminRequestState
        {
            Kind = AdminRequestKind.AddPerson, PersonGiven = accounts.Count == 1, PersonId = accounts.Count == 1 ? accounts[0] : null,
            PersonName = request.Name, Role = request.Role, Department = request.Department,
        };
    }

    private async Task<OutboundMessage> BeginAsync(AdminRequestState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var (channel, conversation) = DialogStore.Key(turn.Reply.Inbound);
        var row = dialog.Begin(channel, conversation, state, clock.GetUtcNow().UtcDateTime)
            ?? throw new InvalidOperationException("The admin-request dialog always asks for confirmation.");
        await dialogs.StartAsync(row, cancellationToken);
        return await dialog.PromptAsync(row, turn, cancellationToken);
    }

    /// <summary>A new request supersedes the pending one even when it cannot be asked, so a later "confirm" applies nothing unexpected.</summary>
    private async Task DropPendingAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        if (await dialogs.FindAsync(turn.Reply.Inbound, cancellationToken) is { DialogName: AdminRequestDialog.DialogName } pending)
        {
            await dialogs.EndAsync(pending, cancellationToken);
        }
    }

    private static string Number(int finding) => finding.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
