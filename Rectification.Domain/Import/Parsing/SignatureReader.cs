using System.Text.RegularExpressions;

namespace Rectification.Domain.Import.Parsing;

/// <summary>
/// Reads the publisher from the closing lines: the organisation signing the document, possibly on two lines
/// (its name and a former name in parentheses), optionally followed by a date line such as 2024年6月18日.
/// </summary>
internal static partial class SignatureReader
{
    private const int MaxSignatureLines = 3;
    private const int MaxSignatureLineLength = 60;

    public static string ReadPublisher(IReadOnlyList<SourceLine> lines, FindingsSection section, DateOnly announcementDate)
    {
        var index = SourceText.LastContentIndex(lines);
        var dateLine = DateLinePattern().Match(lines[index].Text);
        if (dateLine.Success)
        {
            CheckDate(lines[index], dateLine, announcementDate);
            index = PreviousContentIndex(lines, index);
        }

        var signature = new Stack<string>();
        while (index > section.EndIndex && signature.Count < MaxSignatureLines && IsSignatureLine(lines[index]))
        {
            signature.Push(lines[index].Text);
            index = PreviousContentIndex(lines, index);
        }

        if (signature.Count == 0)
        {
            var last = lines[SourceText.LastContentIndex(lines)];
            throw new AnnouncementFormatException(last.Number, $"expected the publishing organisation's name in the last lines, found {last.Quoted}");
        }

        return string.Concat(signature);
    }

    /// <summary>The name is authoritative for the date; a signed date that disagrees means a misnamed document.</summary>
    private static void CheckDate(SourceLine line, Match dateLine, DateOnly announcementDate)
    {
        var signed = ChineseDate.Read(dateLine, string.Empty, line.Number);
        if (signed != announcementDate)
        {
            throw new AnnouncementFormatException(
                line.Number,
                $"expected the document to be signed on {ChineseDate.Format(announcementDate)} as its name says, found {line.Quoted}");
        }
    }

    // A signature line is short, is no heading or numbered paragraph, and does not end a sentence.
    private static bool IsSignatureLine(SourceLine line) =>
        line.Text.Length <= MaxSignatureLineLength
        && !SectionHeading.IsHeading(line)
        && !NumberedParagraphPattern().IsMatch(line.Text)
        && !SentenceEndPattern().IsMatch(line.Text);

    private static int PreviousContentIndex(IReadOnlyList<SourceLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日$")]
    private static partial Regex DateLinePattern();

    [GeneratedRegex(@"^[(（][一二三四五六七八九十]+[)）]")]
    private static partial Regex NumberedParagraphPattern();

    [GeneratedRegex(@"[。！？!?；;：:，,]$")]
    private static partial Regex SentenceEndPattern();
}
