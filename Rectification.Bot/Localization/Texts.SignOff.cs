using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

/// <summary>The evidence gate of sign-off (销号): what is missing, the override and its reason, the evidence card, files refused.</summary>
public abstract partial class Texts
{
    /// <summary>The refusal: the completed work without evidence, by number and title, and the two ways on (add evidence, or a reason).</summary>
    public abstract string SignOffEvidenceMissing(int finding, IReadOnlyList<WorkWithoutEvidence> missing);

    /// <summary>An override without a reason: how to give one.</summary>
    public abstract string SignOffReasonRequired(int finding);

    /// <summary>The reason is longer than the history keeps.</summary>
    public abstract string SignOffReasonTooLong(int length, int maxLength);

    public abstract string SignOffEvidenceTitle(int finding);

    /// <summary>The heading of evidence that backs the finding as a whole rather than one measure.</summary>
    public abstract string WholeFindingEvidence { get; }

    public abstract string NoEvidenceForWork { get; }

    /// <summary>The recorded reason of a sign-off without evidence, on the card.</summary>
    public abstract string SignedOffWithoutEvidence(string reason);

    public abstract string OpenEvidenceLink(string name);

    /// <summary>An attached file not taken as evidence because of its type: the types that are.</summary>
    public abstract string EvidenceFileTypeRefused(string fileName, string? contentType, IReadOnlyList<string> allowed);

    /// <summary>An attached file not taken as evidence because it is too large.</summary>
    public abstract string EvidenceFileTooLarge(string fileName, long bytes, long maxBytes);
}
