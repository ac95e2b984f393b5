using Rectification.Domain.Findings;
using Rectification.Bot.Administration;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Domain.People;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Conversation.Reporting.AdminRequests;

/// <summary>What an administration command did, in words: shared by the explicit commands and the confirmed plain-word requests.</summary>
internal sealed class AdminReplies(ReportingReplies replies)
{
    public async Task<IReadOnlyList<OutboundMessage>> PersonChangedAsync(PersonChange change, string id, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(turn);
        if (change is { Kind: PersonChangeKind.Refused, Refusal: { } refusal })
        {
            return [await replies.RefusalAsync(refusal, turn.Reply, cancellationToken)];
        }

        var person = change.Person;
        return [turn.Reply.Text(turn.Reply.Texts.AdminPersonChange(
            change.Kind, person?.Key ?? id, person?.Name ?? id, person?.Role, person?.Department))];
    }

    /// <summary>What linking (or unlinking) an account did; <paramref name="name"/> is the person as the administrator named them.</summary>
    public async Task<IReadOnlyList<OutboundMessage>> IdentityChangedAsync(PersonChange change, string name, ChannelIdentity identity, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(turn);
        if (change is { Kind: PersonChangeKind.Refused, Refusal: { } refusal })
        {
            return [await replies.RefusalAsync(refusal, turn.Reply, cancellationToken)];
        }

        return [turn.Reply.Text(turn.Reply.Texts.AdminIdentityChange(change.Kind, change.Person?.Name ?? name, identity.Realm, identity.UserId, change.Holder?.Name))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> AssignedAsync(
        ProgressOutcome outcome, int number, string? department, string? leader, Deadline? deadline, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return outcome is ProgressRecorded recorded
            ? [turn.Reply.Text(turn.Reply.Texts.AdminAssigned(number, department is null ? null : recorded.Finding.ResponsibleDepartment ?? department, leader,
                deadline is null ? null : recorded.Finding.Deadline ?? deadline))]
            : await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboundMessage>> MeasureDeadlineSetAsync(
        ProgressOutcome outcome, int number, int measure, Deadline deadline, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return outcome is ProgressRecorded recorded
            ? [turn.Reply.Text(turn.Reply.Texts.AdminMeasureDeadlineSet(number, measure, recorded.Finding.FindMeasure(measure)?.Deadline ?? deadline))]
            : await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken);
    }
}
