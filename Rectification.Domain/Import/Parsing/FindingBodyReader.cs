using System.Collections.Immutable;
using Rectification.Domain.Numerals;

namespace Rectification.Domain.Import.Parsing;

/// <summary>
/// Reads the line after a finding heading: its measures (一是, 二是, … or the whole line as one measure) and the
/// next steps split out of them (see <see cref="AnnouncementStatusRule"/>).
/// </summary>
internal static class FindingBodyReader
{
    public static (ImmutableArray<ParsedMeasure> Measures, ImmutableArray<string> NextSteps) Read(SourceLine body, int findingNumber)
    {
        if (FindingHeading.TryParse(body.Text) is not null || SectionHeading.IsHeading(body))
        {
            throw new AnnouncementFormatException(body.Number, $"expected the measures reported for finding {findingNumber}, found {body.Quoted}");
        }

        var pieces = MeasureSplitter.Split(body, findingNumber);
        var measures = ImmutableArray.CreateBuilder<ParsedMeasure>();
        var nextSteps = ImmutableArray.CreateBuilder<string>();
        foreach (var piece in pieces)
        {
            var (text, steps) = NextStepExtractor.Extract(piece.Text);
            nextSteps.AddRange(steps);
            if (text.Length > 0)
            {
                measures.Add(new ParsedMeasure(piece.Ordinal, text, AnnouncementStatusRule.ForMeasure(text)));
            }
            else if (piece.IsNumbered)
            {
                var marker = ChineseNumeral.Format(piece.Ordinal) + "是";
                throw new AnnouncementFormatException(body.Number, $"expected what was done after {marker} in finding {findingNumber}, found only a next step");
            }
        }

        return (measures.ToImmutable(), nextSteps.ToImmutable());
    }
}
