using System.Globalization;
using System.Text;
using static Rectification.Bot.Web.WebLayout;

namespace Rectification.Bot.Web.Ledger;

/// <summary>One bar: its label and its stacked parts, each a value and the series it belongs to.</summary>
internal sealed record Bar(string Label, IReadOnlyList<int> Parts);

/// <summary>A series of a chart: its name in the legend and its CSS class (colour).</summary>
internal sealed record Series(string Name, string CssClass);

/// <summary>
/// A horizontal stacked bar chart as inline SVG: drawn on the server, readable without script, each bar titled
/// with its numbers for screen readers and tooltips.
/// </summary>
internal static class BarChart
{
    private const int LabelWidth = 260;
    private const int BarArea = 460;
    private const int RowHeight = 26;
    private const int LegendHeight = 28;

    public static string Svg(string title, IReadOnlyList<Series> series, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(bars);
        var max = Math.Max(1, bars.Select(b => b.Parts.Sum()).DefaultIfEmpty(0).Max());
        var height = LegendHeight + (bars.Count * RowHeight) + 8;
        var width = LabelWidth + BarArea + 60;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\"><title>{Encode(title)}</title>");
        var legendX = 0;
        foreach (var one in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{one.CssClass}\" x=\"{legendX}\" y=\"4\" width=\"14\" height=\"14\"/><text x=\"{legendX + 20}\" y=\"16\">{Encode(one.Name)}</text>");
            // Wide enough for a name in Chinese (one em a character) or in English (about half of one).
            legendX += 40 + (one.Name.Sum(c => c > 0x2E80 ? 13 : 7));
        }

        for (var row = 0; row < bars.Count; row++)
        {
            var bar = bars[row];
            var y = LegendHeight + (row * RowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\"><title>{Encode(bar.Label)}: {string.Join(" / ", bar.Parts)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{Encode(Shorten(bar.Label))}</text>");
            var x = (double)LabelWidth;
            for (var part = 0; part < bar.Parts.Count && part < series.Count; part++)
            {
                var length = BarArea * bar.Parts[part] / (double)max;
                if (length > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{series[part].CssClass}\" x=\"{x:0.#}\" y=\"{y + 4}\" width=\"{length:0.#}\" height=\"{RowHeight - 8}\"/>");
                }

                x += length;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.#}\" y=\"{y + 17}\">{bar.Parts.Sum()}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A label that fits beside its bar; the whole of it is in the bar's title.</summary>
    private static string Shorten(string label) => label.Length <= 18 ? label : label[..17] + "…";
}
