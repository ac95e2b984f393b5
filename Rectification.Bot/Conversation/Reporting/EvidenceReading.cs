using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>What <see cref="ReportAnswerParser.ReadEvidence"/> made of an answer: evidence, "none" (both null), or a problem.</summary>
public sealed record EvidenceReading(Evidence? Evidence, EvidenceProblem? Problem)
{
    public static EvidenceReading None { get; } = new(null, null);

    /// <summary>For a file refused by <see cref="EvidenceFiles.EvidenceFilePolicy"/>: which file and why, for the answer.</summary>
    public EvidenceFiles.EvidenceFileRefusal? FileRefusal { get; init; }
}
