using Rectification.Domain.LedgerFiles;
using ScottPlot;
using SkiaSharp;

namespace Rectification.Bot.Charts;

/// <summary>
/// Draws the progress charts as one PNG with ScottPlot: findings by status, measures completed over time, findings by
/// department. Chinese labels need a CJK font, picked by name from those installed; without one drawing is refused,
/// since a chart of tofu boxes is worse than none.
/// </summary>
public static class ProgressChartRenderer
{
    public const int Width = 900;
    public const int Height = 1200;

    /// <summary>Installed families tried in order before asking the system for any font that draws Chinese.</summary>
    private static readonly string[] PreferredFonts = ["Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"];

    private const string ChineseSample = "问题整改状态部门";

    public static byte[] Png(ProgressChartData data) => Png(data, Width, Height);

    /// <summary>The charts at another size (a chat's picture must fit the channel's limits).</summary>
    public static byte[] Png(ProgressChartData data, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(data);
        var font = ChineseFont();
        var multiplot = new Multiplot();
        multiplot.AddPlots(3);
        StatusChart(multiplot.GetPlot(0), data, font);
        OverTimeChart(multiplot.GetPlot(1), data, font);
        DepartmentChart(multiplot.GetPlot(2), data, font);
        using var image = multiplot.Render(width, height);
        return image.GetImageBytes(ImageFormat.Png);
    }

    /// <summary>The first installed font family that has glyphs for Chinese.</summary>
    public static string ChineseFont()
    {
        var installed = SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var candidates = PreferredFonts.Where(installed.Contains)
            .Concat(SKFontManager.Default.MatchCharacter('中') is { } match ? [match.FamilyName] : []);
        foreach (var family in candidates)
        {
            using var typeface = SKTypeface.FromFamilyName(family);
            if (typeface is not null && typeface.ContainsGlyphs(ChineseSample))
            {
                return typeface.FamilyName;
            }
        }

        throw new InvalidOperationException(
            "No installed font draws Chinese, so the chart's labels would be boxes. Install one (Debian: apt-get install fonts-noto-cjk; .ci/install-fonts.sh does it).");
    }

    private static void StatusChart(Plot plot, ProgressChartData data, string font)
    {
        var bars = plot.Add.Bars(data.ByStatus.Select(b => (double)b.Value).ToArray());
        foreach (var bar in bars.Bars)
        {
            bar.Label = bar.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        bars.ValueLabelStyle.FontName = font;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, data.ByStatus.Count).Select(i => (double)i)], [.. data.ByStatus.Select(b => b.Label)]);
        Style(plot, ProgressChartData.StatusTitle, ProgressChartData.FindingsLabel, font);
        plot.Axes.Margins(bottom: 0, top: 0.15);
    }

    private static void OverTimeChart(Plot plot, ProgressChartData data, string font)
    {
        var xs = data.CompletedMeasures.Select(p => p.Day.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var ys = data.CompletedMeasures.Select(p => (double)p.Value).ToArray();
        var line = plot.Add.Scatter(xs, ys);
        line.ConnectStyle = ConnectStyle.StepHorizontal;
        line.MarkerSize = 6;
        // Days as 2024-07 rather than the invariant culture's 07/01/2024, which reads wrongly to the office (and to most readers).
        var dates = plot.Axes.DateTimeTicksBottom();
        if (dates.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = day => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }

        plot.Axes.SetLimitsY(0, Math.Max(1, ys.Max()) * 1.15);
        Style(plot, ProgressChartData.OverTimeTitle, ProgressChartData.DoneLabel, font);
    }

    private static void DepartmentChart(Plot plot, ProgressChartData data, string font)
    {
        // Each bar says what it counts, instead of a legend whose first line ScottPlot clips for CJK text.
        var total = data.ByDepartment.Select((d, i) => Labelled(i - 0.2, d.Findings, ProgressChartData.TotalLabel, Colors.SteelBlue)).ToList();
        var done = data.ByDepartment.Select((d, i) => Labelled(i + 0.2, d.Done, ProgressChartData.DoneLabel, Colors.SeaGreen)).ToList();
        plot.Add.Bars(total).ValueLabelStyle.FontName = font;
        plot.Add.Bars(done).ValueLabelStyle.FontName = font;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, data.ByDepartment.Count).Select(i => (double)i)], [.. data.ByDepartment.Select(d => d.Department)]);
        Style(plot, ProgressChartData.DepartmentTitle, ProgressChartData.FindingsLabel, font);
        plot.Axes.Margins(bottom: 0, top: 0.15);
    }

    private static Bar Labelled(double position, int value, string what, Color color) => new()
    {
        Position = position,
        Value = value,
        Size = 0.4,
        FillColor = color,
        Label = what + " " + value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static void Style(Plot plot, string title, string yLabel, string font)
    {
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.Font.Set(font);
        plot.Legend.FontName = font;
    }
}
