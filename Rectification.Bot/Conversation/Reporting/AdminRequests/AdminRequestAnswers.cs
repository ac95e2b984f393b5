using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Understanding.Intents;
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
    RecentVisitors visitors,
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
            LinkIdentityRequestIntent link => await LinkAsync(link, cancellationToken),
            AddPersonRequestIntent add => await NewPersonAsync(add, Mentioned(turn), cancellationToken),
            AssignRequestIntent assign => new AdminRequestState
            {
                Kind = AdminRequestKind.Assign, PersonGiven = true, FindingNumber = assign.FindingNumber,
                Department = assign.Department, Leader = assign.Leader, Deadline = assign.Deadline,
            },
            SetDeadlineRequestIntent deadline => new AdminRequestState
            {
                Kind = AdminRequestKind.Assign, PersonGiven = true, FindingNumber = deadline.FindingNumber, MeasureOrdinal = deadline.MeasureOrdinal,
            }.WithDeadline(deadline.Deadline),
            _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, "Not an administrator's request."),
        };
        if (state is null)
        {
            await DropPendingAsync(turn, cancellationToken);
            return [turn.Reply.Text(texts.AdminPersonNotFound(intent is LinkIdentityRequestIntent link ? link.Person : ((SetRoleRequestIntent)intent).Person))];
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
    private async Task<AdminRequestState?> RoleChangeAsync(SetRoleRequestIntent request, CancellationToken cancellationToken) =>
        await ExistingPersonAsync(request.Person, AdminRequestKind.SetRole, cancellationToken) is { } state
            ? state with { Role = request.Role }
            : null;

    /// <summary>An account to link to a registered person, named as for a role change.</summary>
    private async Task<AdminRequestState?> LinkAsync(LinkIdentityRequestIntent request, CancellationToken cancellationToken) =>
        await ExistingPersonAsync(request.Person, AdminRequestKind.LinkIdentity, cancellationToken) is { } state
            ? state with { PersonRealm = request.Realm, LinkUserId = request.UserId }
            : null;

    private async Task<AdminRequestState?> ExistingPersonAsync(string who, AdminRequestKind kind, CancellationToken cancellationToken)
    {
        var active = await people.ListAsync(includeInactive: false, cancellationToken);
        var byId = active.FirstOrDefault(p => p.IsNamedBy(who));
        var matches = byId is null
            ? active.Where(p => string.Equals(p.Name, who, StringComparison.OrdinalIgnoreCase)).ToList()
            : [byId];
        return matches.Count switch
        {
            0 => null,
            1 => new AdminRequestState { Kind = kind, PersonGiven = true, PersonId = matches[0].Key, PersonName = matches[0].Name, CurrentRole = matches[0].Role },
            _ => new AdminRequestState { Kind = kind, PersonName = who, Candidates = [.. matches.Select(p => p.Key)] },
        };
    }

    /// <summary>
    /// A new person's account: the one mentioned by that name (Teams @mentions), else the unknown people of that name
    /// who wrote to the bot recently: one is only confirmed, several are offered to choose from, none is asked for.
    /// </summary>
    private async Task<AdminRequestState> NewPersonAsync(AddPersonRequestIntent request, IReadOnlyList<AdminRequestAccount> mentioned, CancellationToken cancellationToken)
    {
        var mention = mentioned.Where(m => string.Equals(m.Name.Trim(), request.Name, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        var accounts = mention.Count == 1
            ? mention
            : (await visitors.NamedAsync(request.Name, cancellationToken))
                .Select(v => new AdminRequestAccount(v.Realm, v.UserId, v.AlternateUserId, v.DisplayName, v.SeenAtUtc)).ToList();
        var state = new AdminRequestState
        {
            Kind = AdminRequestKind.AddPerson, PersonName = request.Name, Role = request.Role, Department = request.Department,
        };
        return accounts.Count == 1
            ? state with { PersonGiven = true, PersonId = accounts[0].UserId, PersonRealm = accounts[0].Realm, PersonAlternateId = accounts[0].AlternateUserId }
            : state with { Accounts = accounts };
    }

    /// <summary>The people the message mentioned (Teams @mentions), as accounts a new person may be.</summary>
    private IReadOnlyList<AdminRequestAccount> Mentioned(DialogTurn turn) =>
        [.. turn.Reply.Inbound.Mentions.Select(m => new AdminRequestAccount(m.Realm, m.Id, m.AlternateId, m.Name ?? m.Id, clock.GetUtcNow().UtcDateTime))];

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
