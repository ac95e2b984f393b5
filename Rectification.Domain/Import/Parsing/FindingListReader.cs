using System.Collections.Immutable;

namespace Rectification.Domain.Import.Parsing;

/// <summary>
/// Reads section 二 as alternating lines: a finding heading, then one line with what was done about it.
/// The numbering must run 1, 2, 3, … without gaps or repeats, since staff refer to findings by number.
/// </summary>
internal static class FindingListReader
{
    public static ImmutableArray<ParsedFinding> Read(IReadOnlyList<SourceLine> lines, FindingsSection section)
    {
        var content = ContentLines(lines, section);
        if (content.Count == 0)
        {
            var end = lines[section.EndIndex];
            throw new AnnouncementFormatException(end.Number, $"expected the first finding, like {FindingHeading.Example(1)}, found {end.Quoted}");
        }

        var findings = ImmutableArray.CreateBuilder<ParsedFinding>();
        var headingLines = new Dictionary<int, int>();
        for (var i = 0; i < content.Count; i += 2)
        {
            var expected = findings.Count + 1;
            var heading = content[i];
            var (number, title) = ReadHeading(heading, expected, headingLines);
            var body = i + 1 < content.Count ? content[i + 1] : lines[section.EndIndex];
            var (measures, nextSteps) = FindingBodyReader.Read(body, number);
            findings.Add(new ParsedFinding(number, title, heading.Text, heading.Number, measures, nextSteps));
        }

        return findings.ToImmutable();
    }

    private static List<SourceLine> ContentLines(IReadOnlyList<SourceLine> lines, FindingsSection section)
    {
        var content = new List<SourceLine>();
        for (var i = section.HeadingIndex + 1; i < section.EndIndex; i++)
        {
            if (!lines[i].IsBlank)
            {
                content.Add(lines[i]);
            }
        }

        return content;
    }

    private static (int Number, string Title) ReadHeading(SourceLine line, int expected, Dictionary<int, int> headingLines)
    {
        var heading = FindingHeading.TryParse(line.Text)
            ?? throw new AnnouncementFormatException(line.Number, $"expected a finding heading like {FindingHeading.Example(expected)}, found {line.Quoted}");
        var number = heading.Number;
        if (headingLines.TryGetValue(number, out var earlierLine))
        {
            throw new AnnouncementFormatException(line.Number, $"expected finding {expected}, found finding {number} again (it is already at line {earlierLine})");
        }

        if (number != expected)
        {
            throw new AnnouncementFormatException(line.Number, $"expected finding {expected}, found finding {number}: the numbering must run without gaps");
        }

        headingLines.Add(number, line.Number);
        return heading;
    }
}
