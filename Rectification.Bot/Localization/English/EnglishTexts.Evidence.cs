using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string EvidenceProblem(EvidenceProblem problem) => problem switch
    {
        Domain.Findings.EvidenceProblem.SeveralLinks => "Please send one link at a time (a name before it is kept, e.g. \"minutes https://…\"). Add the others afterwards, e.g. \"add evidence to 14.3: https://…\".",
        Domain.Findings.EvidenceProblem.TooLong => "The evidence name or link is too long.",
        _ => "That does not look like evidence: evidence is a link (e.g. \"minutes https://…\") or a file you attach. Reply \"none\" to skip.",
    };

    public override string EvidenceAdded(int finding, int? measure, string backedEntry, string evidence) =>
        $"Evidence added to the entry \"{backedEntry}\" of item {finding}{MeasurePart(measure)}: {evidence}.";

    public override string AskEvidenceFor(int finding, int? measure) =>
        $"Please send the evidence for item {finding}{MeasurePart(measure)}: a link, or attach a file. Say \"cancel\" to leave it.";

    public override string HelpStepEvidenceFor(int finding, int? measure) =>
        $"The evidence is recorded with the latest entry of item {finding}{MeasurePart(measure)}; that entry is not changed. Send one link (a name before it is kept) or attach a file; \"cancel\" leaves it.";

    public override string AskWhichFindingForEvidence => "Which item is the evidence for? E.g. \"add evidence to 14.3: https://…\", or attach a file and write \"evidence for 14\".";

    public override string EvidenceNotAdded => "All right, no evidence added.";

    public override string NoEntryToBack(int finding, int? measure) =>
        $"Item {finding}{MeasurePart(measure)} has no entry yet that evidence could back; report progress first, e.g. \"report progress on item {finding}\".";

    public override string AskReopenReasonStep(int finding) =>
        $"Why should item {finding} be reopened? Just reply with the reason (e.g. \"the problem came back\"). Say \"cancel\" to leave it as it is.";

    public override string HelpStepReopenReason(int finding) =>
        $"Reopening puts item {finding} back in progress and records the reason in its history. Reply with the reason in a sentence; \"cancel\" leaves it as it is.";

    public override string ReopenReasonMissing => "Please give the reason for reopening in a sentence.";

    private static string MeasurePart(int? measure) => measure is { } ordinal ? $", measure {ordinal}" : string.Empty;
}
