namespace Rectification.Domain.Findings;

/// <summary>Why an answer to "any evidence?" is not taken.</summary>
public enum EvidenceProblem
{
    /// <summary>Neither a link, a file nor "none": a sentence, which is not stored as evidence.</summary>
    NotEvidence,

    /// <summary>More than one link: one at a time, the others added later.</summary>
    SeveralLinks,

    /// <summary>A name or link longer than the ledger keeps.</summary>
    TooLong,

    /// <summary>An attached file whose content type is not one the settings take as evidence.</summary>
    FileTypeNotAllowed,

    /// <summary>An attached file larger than the settings allow.</summary>
    FileTooLarge,
}
