using Rectification.Bot.Conversation.Dialogs;
using static Rectification.Bot.Conversation.Dialogs.StepResults;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>The values of evidence asked for after the fact: the finding, and the measure when one was named.</summary>
public sealed record LaterEvidenceState(int Finding, int? Measure);

/// <summary>
/// "补充第14项佐证" without a link or a file: the evidence is asked as a stored step, read by the same rules as the
/// progress dialog's evidence step, and added by <see cref="LaterEvidenceAnswers"/>.
/// </summary>
internal sealed class LaterEvidenceDialog(LaterEvidenceRecorder evidence) : Dialog<LaterEvidenceState>
{
    public const string DialogName = "later evidence";

    private IReadOnlyList<DialogStep<LaterEvidenceState>>? _steps;

    public override string Name => DialogName;

    protected override IReadOnlyList<DialogStep<LaterEvidenceState>> Steps => _steps ??=
    [
        new()
        {
            Name = "evidence",
            Prompt = (s, turn, _) => Task.FromResult(turn.Reply.Text(turn.Reply.Texts.AskEvidenceFor(s.Finding, s.Measure))),
            Help = (s, texts) => texts.HelpStepEvidenceFor(s.Finding, s.Measure),
            Accept = AcceptEvidenceAsync,
        },
    ];

    private async Task<StepResult<LaterEvidenceState>> AcceptEvidenceAsync(LaterEvidenceState state, DialogTurn turn, CancellationToken cancellationToken) =>
        ReportAnswerParser.ReadEvidence(turn.Text, turn.File) switch
        {
            { Problem: not null } refused => Retry<LaterEvidenceState>(turn.Reply.Texts.EvidenceNotTaken(refused)),
            { Evidence: { } given } => End<LaterEvidenceState>(await evidence.AddAsync(state.Finding, state.Measure, given, turn, cancellationToken)),
            _ => End<LaterEvidenceState>(turn.Reply.Text(turn.Reply.Texts.EvidenceNotAdded)),
        };
}
