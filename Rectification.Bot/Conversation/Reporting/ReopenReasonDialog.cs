using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.Findings;
using Rectification.Domain.Progress;
using static Rectification.Bot.Conversation.Dialogs.StepResults;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>The values of a pending reopening: which finding waits for its reason.</summary>
public sealed record ReopenReasonState(int Finding);

/// <summary>
/// "重新打开第三项" without a reason: the reason is asked as a step of its own, stored like every dialog's, so the next
/// message — even after a restart — is taken as the reason ("问题又出现了"), and the finding is reopened with it.
/// </summary>
internal sealed class ReopenReasonDialog(ProgressRecorder recorder, ReportingReplies replies) : Dialog<ReopenReasonState>
{
    public const string DialogName = "reopen reason";

    private IReadOnlyList<DialogStep<ReopenReasonState>>? _steps;

    public override string Name => DialogName;

    protected override IReadOnlyList<DialogStep<ReopenReasonState>> Steps => _steps ??=
    [
        new()
        {
            Name = "reason",
            Prompt = (s, turn, _) => Task.FromResult(turn.Reply.Text(turn.Reply.Texts.AskReopenReasonStep(s.Finding))),
            Help = (s, texts) => texts.HelpStepReopenReason(s.Finding),
            Accept = AcceptReasonAsync,
        },
    ];

    private async Task<StepResult<ReopenReasonState>> AcceptReasonAsync(ReopenReasonState state, DialogTurn turn, CancellationToken cancellationToken)
    {
        var texts = turn.Reply.Texts;
        // The reason as said: the message itself, or the reason of a repeated "reopen 3: …"; another command is not a reason.
        var reason = turn.Understood.Intent switch
        {
            ReopenIntent { Reason: { } given } => given,
            UnrecognizedIntent or KeywordMatchIntent => turn.Text,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Retry<ReopenReasonState>(texts.ReopenReasonMissing);
        }

        reason = reason.Trim();
        if (reason.Length > ProgressEntry.MaxDescriptionLength)
        {
            return Retry<ReopenReasonState>(texts.DescriptionTooLong(reason.Length, ProgressEntry.MaxDescriptionLength));
        }

        var outcome = await recorder.ReopenAsync(turn.Actor, state.Finding, reason, cancellationToken);
        return End<ReopenReasonState>(await replies.OutcomeAsync(outcome, turn.Reply, cancellationToken));
    }
}
