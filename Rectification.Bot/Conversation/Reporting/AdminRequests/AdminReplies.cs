using Rectification.Bot.Administration;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Dialogs;
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
            change.Kind, person?.ChannelUserId ?? id, person?.Name ?? id, person?.Role, person?.Department))];
    }

    public async Task<IReadOnlyList<OutboundMessage>> AssignedAsync(
        ProgressOutcome outcome, int number, string? department, string? leader, DateOnly? deadline, DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return outcome is ProgressRecorded recorded
            ? [turn.Reply.Text(turn.Reply.Texts.AdminAssigned(number, department is null ? null : recorded.Finding.ResponsibleDepartment ?? department, leader, deadline))]
            : await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken);
    }
}
