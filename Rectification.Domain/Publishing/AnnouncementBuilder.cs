using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;

namespace Rectification.Domain.Publishing;

/// <summary>
/// Regenerates the announcement from the ledger: the inspection paragraph, the organisation section, one statement per
/// finding (its measures 一是/二是…, then its next steps, then any progress reported since), the closing section and
/// the signature. From a freshly seeded ledger the statements are the published ones, word for word.
/// </summary>
public static class AnnouncementBuilder
{
    public static AnnouncementDocument Build(Inspection inspection, IReadOnlyList<Finding> findings, IAnnouncementTemplate template, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(template);
        var blocks = new List<AnnouncementBlock> { Paragraph(template.InspectionParagraph(inspection)) };
        blocks.Add(new AnnouncementBlock(AnnouncementBlockKind.SectionHeading, template.OrganisationSection[0]));
        blocks.AddRange(template.OrganisationSection.Skip(1).Select(Paragraph));
        blocks.Add(new AnnouncementBlock(AnnouncementBlockKind.SectionHeading, template.ProgressHeading));
        foreach (var finding in findings.OrderBy(f => f.Number))
        {
            blocks.Add(new AnnouncementBlock(AnnouncementBlockKind.FindingHeading, template.FindingHeading(finding.Number, finding.Title)));
            blocks.Add(Paragraph(Statement(finding, template)));
            blocks.AddRange(RecentProgress(finding, template).Select(Paragraph));
        }

        blocks.Add(new AnnouncementBlock(AnnouncementBlockKind.SectionHeading, template.ClosingSection[0]));
        blocks.AddRange(template.ClosingSection.Skip(1).Select(Paragraph));
        if (Publisher(findings) is { } publisher)
        {
            blocks.Add(new AnnouncementBlock(AnnouncementBlockKind.Signature, publisher));
        }

        blocks.Add(new AnnouncementBlock(AnnouncementBlockKind.Signature, template.Date(date)));
        return new AnnouncementDocument(blocks);
    }

    /// <summary>
    /// A finding's statement as the announcement writes it: its measures, each after its marker when there are several,
    /// then its next steps, joined to an unfinished clause by the template's comma.
    /// </summary>
    public static string Statement(Finding finding, IAnnouncementTemplate template)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(template);
        var measures = finding.Measures.OrderBy(m => m.Ordinal).ToList();
        var text = string.Concat(measures.Select(m => (measures.Count > 1 ? template.MeasureMarker(m.Ordinal) : string.Empty) + m.Text));
        foreach (var step in finding.NextSteps.OrderBy(s => s.Ordinal))
        {
            text += (text.Length == 0 || EndsSentence(text) ? string.Empty : template.ClauseJoin) + step.Text;
        }

        return text;
    }

    /// <summary>What was reported after the announcement and still stands (corrections replace what they correct).</summary>
    private static IEnumerable<string> RecentProgress(Finding finding, IAnnouncementTemplate template) =>
        finding.CurrentHistory()
            .Where(e => e.Kind is ProgressEntryKind.Progress or ProgressEntryKind.MeasureAdded or ProgressEntryKind.Correction)
            .GroupBy(e => (e.MeasureOrdinal, e.NextStepOrdinal))
            .Select(g => g.Last())
            .OrderBy(e => e.MeasureOrdinal ?? 0).ThenBy(e => e.NextStepOrdinal ?? 0)
            .Select(e => template.RecentProgress(DateOnly.FromDateTime(e.RecordedAtUtc), e.MeasureOrdinal, e.Description));

    private static string? Publisher(IReadOnlyList<Finding> findings) =>
        findings.SelectMany(f => f.History).FirstOrDefault(e => e.Kind == ProgressEntryKind.Announced)?.AuthorName;

    private static bool EndsSentence(string text) => text[^1] is '。' or '；' or ';' or '.' or '!' or '！' or '?' or '？';

    private static AnnouncementBlock Paragraph(string text) => new(AnnouncementBlockKind.Paragraph, text);
}
