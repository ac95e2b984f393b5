using Rectification.Bot.Administration;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Localization;
using Rectification.Domain.People;
using static Rectification.Bot.Conversation.Dialogs.StepResults;

namespace Rectification.Bot.Conversation.Reporting.AdminRequests;

/// <summary>
/// A pending administrator's request: which person (only when a name stands for several people, or a new person's
/// user id is not known) → "confirm" runs the administration command, "no"/"cancel" drops it and changes nothing.
/// The request lives in the dialog's row, so it survives a restart and every instance sees the same one.
/// </summary>
internal sealed class AdminRequestDialog(AdministrationService administration, PeopleDirectory people, AdminReplies results)
    : Dialog<AdminRequestState>
{
    public const string DialogName = "admin-request";

    private IReadOnlyList<DialogStep<AdminRequestState>>? _steps;

    public override string Name => DialogName;

    protected override IReadOnlyList<DialogStep<AdminRequestState>> Steps => _steps ??=
    [
        new()
        {
            Name = "person",
            Skip = s => s.PersonGiven,
            TakesNumbers = true,
            Prompt = (s, turn, cancellationToken) => PromptPersonAsync(s, InRequestLanguage(s, turn), cancellationToken),
            Help = (_, texts) => texts.HelpStepAdminPerson,
            Accept = (s, turn, cancellationToken) => AcceptPersonAsync(s, InRequestLanguage(s, turn), cancellationToken),
        },
        new()
        {
            Name = "confirm",
            Prompt = (s, turn, _) => Task.FromResult(PromptConfirm(s, InRequestLanguage(s, turn))),
            Help = (_, texts) => texts.HelpStepAdminConfirm,
            Accept = (s, turn, cancellationToken) => AcceptConfirmAsync(s, InRequestLanguage(s, turn), cancellationToken),
        },
    ];

    /// <summary>Answers in the language the request was made in: "zhangsan" or "yes" does not make a Chinese request English.</summary>
    private static DialogTurn InRequestLanguage(AdminRequestState state, DialogTurn turn) =>
        turn.Reply.Texts.Language == state.Language ? turn : turn with { Reply = new Reply(turn.Reply.Inbound, turn.Reply.Channel, Texts.For(state.Language)) };

    private async Task<OutboundMessage> PromptPersonAsync(AdminRequestState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        if (state.Accounts.Count > 0)
        {
            var offered = state.Accounts.Select((a, index) => texts.VisitorLine(index + 1, a.Name, a.Realm, a.UserId, a.SeenAtUtc));
            return Reply.WithSuggestions(
                turn.Reply.Text(string.Join(Environment.NewLine, offered.Prepend(texts.AskWhichVisitor(state.PersonName, state.Accounts.Count)))),
                [.. state.Accounts.Select((_, index) => Numbered(index))]);
        }

        if (state.Candidates.Count == 0)
        {
            return turn.Reply.Text(texts.AskUserId(state.PersonName));
        }

        var lines = new List<string> { texts.AskWhichPerson(state.PersonName, state.Candidates.Count) };
        foreach (var (id, index) in state.Candidates.Select((id, index) => (id, index + 1)))
        {
            if (await people.FindByReferenceAsync(id, null, cancellationToken) is { } person)
            {
                lines.Add($"{index}. " + texts.AdminPersonLine(person.Key, person.Name, person.Role, person.Department).TrimStart('•', ' '));
            }
        }

        return Reply.WithSuggestions(turn.Reply.Text(string.Join(Environment.NewLine, lines)), [.. state.Candidates.Select(id => (id, id))]);
    }

    /// <summary>
    /// The user id of a new person, or the choice among people of one name. A yes or no is not an id (the person
    /// answered the wrong question), and an id someone already has is refused here, before anything is confirmed.
    /// </summary>
    private async Task<StepResult<AdminRequestState>> AcceptPersonAsync(AdminRequestState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var answer = turn.Text.Trim();
        if (state.Accounts.Count > 0)
        {
            return ReportAnswerParser.MeasureOrdinal(answer) is { } number && number >= 1 && number <= state.Accounts.Count
                ? Next(state with
                {
                    PersonId = state.Accounts[number - 1].UserId, PersonRealm = state.Accounts[number - 1].Realm,
                    PersonAlternateId = state.Accounts[number - 1].AlternateUserId, Accounts = [],
                })
                : Retry<AdminRequestState>(turn.Reply.Texts.NotOneOfThesePeople(state.Accounts.Count));
        }

        if (state.Candidates.Count == 0)
        {
            if (answer.Length is 0 or > Person.MaxIdLength || answer.Any(char.IsWhiteSpace) || ReportAnswerParser.MeansYes(answer) || ReportAnswerParser.MeansNo(answer))
            {
                return Retry<AdminRequestState>(turn.Reply.Texts.NotAUserId);
            }

            return await people.FindByReferenceAsync(answer, IdentityRealm.Microsoft, cancellationToken) is { } existing
                ? Retry<AdminRequestState>(turn.Reply.Texts.UserIdTaken(answer, existing.Name))
                : Next(state with { PersonId = answer });
        }

        var chosen = state.Candidates.FirstOrDefault(id => string.Equals(id, answer, StringComparison.OrdinalIgnoreCase))
            ?? (ReportAnswerParser.MeasureOrdinal(answer) is { } index && index >= 1 && index <= state.Candidates.Count ? state.Candidates[index - 1] : null);
        return chosen is null
            ? Retry<AdminRequestState>(turn.Reply.Texts.NotOneOfThesePeople(state.Candidates.Count))
            : Next(state with { PersonId = chosen });
    }

    private static OutboundMessage PromptConfirm(AdminRequestState state, DialogTurn turn)
    {
        var texts = turn.Reply.Texts;
        var question = state.Kind switch
        {
            AdminRequestKind.SetRole => texts.ConfirmRoleChange(state.PersonName, state.PersonId ?? string.Empty, state.CurrentRole, state.Role ?? PersonRole.Staff),
            AdminRequestKind.AddPerson => texts.ConfirmAddPerson(state.PersonName, state.PersonId ?? string.Empty, state.Role ?? PersonRole.Staff, state.Department),
            AdminRequestKind.LinkIdentity => texts.ConfirmLinkIdentity(state.PersonName, state.PersonId ?? string.Empty, state.PersonRealm, state.LinkUserId ?? string.Empty),
            _ when state is { MeasureOrdinal: { } measure } && state.RequestedDeadline() is { } deadline => texts.ConfirmMeasureDeadline(state.FindingNumber, measure, deadline),
            _ => texts.ConfirmAssignment(state.FindingNumber, state.Department, state.Leader, state.RequestedDeadline()),
        };
        return Reply.WithSuggestions(
            turn.Reply.Text(question + " " + texts.ConfirmOrCancel), (texts.ConfirmWord, texts.ConfirmWord), (texts.CancelWord, texts.CancelWord));
    }

    private async Task<StepResult<AdminRequestState>> AcceptConfirmAsync(AdminRequestState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        if (ReportAnswerParser.MeansNo(turn.Text))
        {
            return End<AdminRequestState>(turn.Reply.Text(texts.DialogCancelled));
        }

        return ReportAnswerParser.MeansYes(turn.Text)
            ? End<AdminRequestState>(await ApplyAsync(state, turn, cancellationToken))
            : Retry<AdminRequestState>(texts.ConfirmOrCancel);
    }

    /// <summary>The same administration commands the explicit forms run; the service asks the policy again.</summary>
    private async Task<IReadOnlyList<OutboundMessage>> ApplyAsync(AdminRequestState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        string Id() => state.PersonId ?? throw new InvalidOperationException("A confirmed request about a person has the person's id.");
        return state.Kind switch
        {
            AdminRequestKind.SetRole => await results.PersonChangedAsync(
                await administration.SetRoleAsync(turn.Actor, Id(), state.Role ?? PersonRole.Staff, cancellationToken), Id(), turn, cancellationToken),
            AdminRequestKind.AddPerson => await results.PersonChangedAsync(
                await administration.AddPersonAsync(turn.Actor, new PersonDraft(NewAccount(state), state.PersonName, state.Role ?? PersonRole.Staff, state.Department), cancellationToken),
                Id(), turn, cancellationToken),
            AdminRequestKind.LinkIdentity => await results.IdentityChangedAsync(
                await administration.LinkIdentityAsync(turn.Actor, Id(), LinkedAccount(state), cancellationToken), state.PersonName, LinkedAccount(state), turn, cancellationToken),
            _ when state is { MeasureOrdinal: { } measure } && state.RequestedDeadline() is { } deadline => await results.MeasureDeadlineSetAsync(
                await administration.AssignMeasureDeadlineAsync(turn.Actor, state.FindingNumber, measure, deadline, cancellationToken),
                state.FindingNumber, measure, deadline, turn, cancellationToken),
            _ => await results.AssignedAsync(
                await administration.AssignAsync(turn.Actor, state.FindingNumber, state.Department, state.Leader, state.RequestedDeadline(), null, cancellationToken),
                state.FindingNumber, state.Department, state.Leader, state.RequestedDeadline(), turn, cancellationToken),
        };
    }

    private static ChannelIdentity NewAccount(AdminRequestState state) =>
        new(state.PersonRealm, state.PersonId ?? throw new InvalidOperationException("A confirmed new person has an account id."), state.PersonAlternateId, state.PersonName);

    private static ChannelIdentity LinkedAccount(AdminRequestState state) =>
        new(state.PersonRealm, state.LinkUserId ?? throw new InvalidOperationException("A confirmed link names the account."));

    private static (string Label, string Value) Numbered(int index)
    {
        var number = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (number, number);
    }
}
