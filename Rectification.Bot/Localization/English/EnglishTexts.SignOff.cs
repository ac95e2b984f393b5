using System.Globalization;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string SignOffEvidenceMissing(int finding, IReadOnlyList<WorkWithoutEvidence> missing) =>
        $"Item {finding} cannot be signed off yet: this completed work has no evidence —\n"
        + string.Join("\n", missing.Select(w => $"· {WorkLabel(w.MeasureOrdinal, w.NextStepOrdinal)}: {w.Text}"))
        + $"\nAdd evidence first (a link or a file), e.g. \"add evidence to {finding}.{missing.FirstOrDefault(w => w.MeasureOrdinal is not null)?.MeasureOrdinal ?? 1}: https://…\"; "
        + $"if none is needed, say why, e.g. \"sign off {finding} without evidence because it was checked on site\".";

    public override string SignOffReasonRequired(int finding) =>
        $"Signing off without evidence needs a reason, which is recorded in item {finding}'s history. E.g. \"sign off {finding} without evidence because it was checked on site\".";

    public override string SignOffReasonTooLong(int length, int maxLength) =>
        $"The reason is {length} characters long; at most {maxLength} are kept. Please shorten it.";

    public override string SignOffEvidenceTitle(int finding) => $"Evidence for signing off item {finding}";

    public override string WholeFindingEvidence => "The item as a whole";

    public override string NoEvidenceForWork => "No evidence";

    public override string SignedOffWithoutEvidence(string reason) => $"Signed off without evidence, because: {reason}";

    public override string OpenEvidenceLink(string name) => $"Open: {name}";

    public override string EvidenceFileTypeRefused(string fileName, string? contentType, IReadOnlyList<string> allowed) =>
        $"The file \"{fileName}\" ({contentType ?? "unknown type"}) is not accepted as evidence and was not saved. Accepted types: {string.Join(", ", allowed)}; a link will do too.";

    public override string EvidenceFileTooLarge(string fileName, long bytes, long maxBytes) =>
        $"The file \"{fileName}\" is {Megabytes(bytes)}, over the {Megabytes(maxBytes)} limit for evidence, and was not saved. Compress it or send a link.";

    private string WorkLabel(int? measure, int? nextStep) => measure is { } m ? MeasureNumber(m) : NextStepNumber(nextStep ?? 0);

    private static string Megabytes(long bytes) => (bytes / 1048576d).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
