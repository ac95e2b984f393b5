using Rectification.Bot.Localization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// Chooses the wording for evidence that was not taken. It lives beside <see cref="EvidenceReading"/> because the texts
/// depend on nothing but the domain; the wordings themselves stay in <see cref="Texts"/>.
/// </summary>
public static class EvidenceNotTakenText
{
    /// <summary>Why evidence was not taken: a refused file named with what may be sent, else the reading's problem.</summary>
    public static string EvidenceNotTaken(this Texts texts, EvidenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(reading);
        return reading.FileRefusal switch
        {
            { Problem: EvidenceProblem.FileTooLarge } large => texts.EvidenceFileTooLarge(large.FileName, large.Size ?? 0, large.MaxBytes),
            { } refused => texts.EvidenceFileTypeRefused(refused.FileName, refused.ContentType, refused.Allowed),
            null => texts.EvidenceProblem(reading.Problem ?? EvidenceProblem.NotEvidence),
        };
    }
}
