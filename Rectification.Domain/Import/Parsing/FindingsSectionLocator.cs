namespace Rectification.Domain.Import.Parsing;

/// <summary>
/// Finds section 二 (整改进展情况及成效), the only section holding findings; the sections before it (一、…) and
/// after it (三、推进巡察整改工作打算 and the closing lines) are prose about the rectification, not findings.
/// </summary>
internal static class FindingsSectionLocator
{
    public static FindingsSection Locate(IReadOnlyList<SourceLine> lines, int openingIndex)
    {
        var heading = FindHeading(lines, openingIndex + 1);
        for (var i = heading + 1; i < lines.Count; i++)
        {
            if (SectionHeading.IsHeading(lines[i]))
            {
                return new FindingsSection(heading, i);
            }
        }

        var last = lines[SourceText.LastContentIndex(lines)];
        throw new AnnouncementFormatException(
            last.Number,
            $"expected a section heading like `三、推进巡察整改工作打算` after the findings, found the end of the document at {last.Quoted}");
    }

    private static int FindHeading(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            var section = SectionHeading.NumberOf(line);
            if (section == SectionHeading.Findings)
            {
                return i;
            }

            if (section > SectionHeading.Findings || FindingHeading.TryParse(line.Text) is not null)
            {
                throw new AnnouncementFormatException(
                    line.Number,
                    $"expected the section heading {SectionHeading.FindingsExample} before this line, found {line.Quoted}");
            }
        }

        var last = lines[SourceText.LastContentIndex(lines)];
        throw new AnnouncementFormatException(
            last.Number,
            $"expected the section heading {SectionHeading.FindingsExample}, found the end of the document at {last.Quoted}");
    }
}
