using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>Why an answer to "any evidence?" is not taken.</summary>
public enum EvidenceProblem
{
    /// <summary>Neither a link, a file nor "none": a sentence, which is not stored as evidence.</summary>
    NotEvidence,

    /// <summary>More than one link: one at a time, the others added later.</summary>
    SeveralLinks,

    /// <summary>A name or link longer than the ledger keeps.</summary>
    TooLong,
}

/// <summary>What <see cref="ReportAnswerParser.ReadEvidence"/> made of an answer: evidence, "none" (both null), or a problem.</summary>
public sealed record EvidenceReading(Evidence? Evidence, EvidenceProblem? Problem)
{
    public static EvidenceReading None { get; } = new(null, null);
}
