using System.Text.RegularExpressions;
using Rectification.Domain.Numerals;

namespace Rectification.Domain.Import.Parsing;

/// <summary>
/// Splits a finding body at its measure markers 一是, 二是, … (any Chinese numeral up to 九十九). A marker counts
/// only at the start of the body or right after 。 or ；, never after a comma, so that an inner list such as
/// "…,一是…,二是…" inside one measure is not mistaken for measures. The markers are not part of the text.
/// </summary>
internal static partial class MeasureSplitter
{
    public static IReadOnlyList<MeasurePiece> Split(SourceLine body, int findingNumber)
    {
        var markers = MarkerPattern().Matches(body.Text);
        if (markers.Count == 0)
        {
            return [new MeasurePiece(1, body.Text, IsNumbered: false)];
        }

        if (markers[0].Index != 0)
        {
            throw new AnnouncementFormatException(
                body.Number,
                $"expected the measures of finding {findingNumber} to start with 一是 since they are numbered ({markers[0].Groups["marker"].Value} appears later), found {body.Quoted}");
        }

        var pieces = new List<MeasurePiece>(markers.Count);
        for (var k = 0; k < markers.Count; k++)
        {
            var marker = markers[k];
            CheckOrder(marker, k + 1, body, findingNumber);
            var start = marker.Index + marker.Length;
            var end = k + 1 < markers.Count ? markers[k + 1].Index : body.Text.Length;
            pieces.Add(new MeasurePiece(k + 1, body.Text[start..end].Trim(), IsNumbered: true));
        }

        return pieces;
    }

    private static void CheckOrder(Match marker, int expected, SourceLine body, int findingNumber)
    {
        if (!ChineseNumeral.TryParse(marker.Groups["numeral"].Value, out var found) || found != expected)
        {
            throw new AnnouncementFormatException(
                body.Number,
                $"expected measure marker {ChineseNumeral.Format(expected)}是 next in finding {findingNumber}, found {marker.Groups["marker"].Value}");
        }
    }

    [GeneratedRegex(@"(?:^|(?<=[。；;]))\s*(?<marker>(?<numeral>[一二三四五六七八九十]{1,3})是)")]
    private static partial Regex MarkerPattern();
}
