using CsCheck;
using Rectification.Domain.Import;

namespace Rectification.Tests.Import;

/// <summary>
/// No document makes the announcement parser throw anything but its own refusal, which names a line and what was
/// expected there: the real announcement damaged at random (lines dropped, doubled, swapped, cut, overwritten), and
/// text that is no announcement at all.
/// </summary>
public sealed class AnnouncementParserPropertyTests
{
    private static readonly string[] Lines = RealAnnouncement.Text.Split('\n');

    [Fact]
    public void ADamagedOrForeignDocumentIsReadOrRefusedWithAClearErrorNeverAnotherException()
    {
        var damaged = Gen.Select(Gen.Int[0, Lines.Length - 1], Gen.Int[0, Lines.Length - 1], Gen.Int[0, 5], Gen.String[Gen.Char, 0, 30])
            .Select((line, other, kind, noise) => Damage(line, other, kind, noise));
        var foreign = Gen.OneOf(Gen.String, Gen.String[Gen.Char[' ', '\uFFFF'], 0, 400], Gen.OneOf(Lines).Array[0, 30].Select(ls => string.Join('\n', ls)));

        Gen.OneOf(damaged, foreign).Sample(text =>
        {
            try
            {
                var parsed = AnnouncementParser.Parse(text, RealAnnouncement.DocumentName);
                Assert.NotEmpty(parsed.Findings);
            }
            catch (AnnouncementFormatException refused)
            {
                Assert.False(string.IsNullOrWhiteSpace(refused.Message));
                Assert.InRange(refused.LineNumber, 0, text.Count(c => c == '\n') + 2);
            }
        }, iter: 1500);
    }

    private static string Damage(int line, int other, int kind, string noise)
    {
        var lines = Lines.ToList();
        switch (kind)
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[other]);
                break;
            case 2:
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            case 3:
                lines[line] = lines[line][..Math.Min(lines[line].Length, noise.Length)];
                break;
            case 4:
                lines[line] = noise + lines[line];
                break;
            default:
                lines.RemoveRange(line, lines.Count - line);
                break;
        }

        return string.Join('\n', lines);
    }
}
