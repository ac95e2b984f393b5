using System.Text;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using static Rectification.Bot.Web.WebLayout;

namespace Rectification.Bot.Web.Ledger;

/// <summary>GET /ledger/charts: the progress of the current round at a glance, as SVG bar charts.</summary>
internal static class LedgerChartsPage
{
    public static async Task<IResult> RenderAsync(HttpRequest request, LedgerQueries ledger, CancellationToken cancellationToken)
    {
        var texts = PageLanguage.For(request);
        var findings = (await ledger.SnapshotAsync(cancellationToken)).Findings.OrderBy(f => f.Number).ToList();
        var body = new StringBuilder();
        body.Append(Figure(texts.ChartByStatusTitle, ByStatus(texts, findings)));
        body.Append(Figure(texts.ChartByDepartmentTitle, ByDepartment(texts, findings)));
        body.Append(Figure(texts.ChartMeasuresTitle, Measures(texts, findings)));
        return Page(texts, texts.ChartsLink, body.ToString());
    }

    private static string Figure(string title, string svg) => $"<figure><figcaption>{Encode(title)}</figcaption>{svg}</figure>\n";

    private static string ByStatus(Texts texts, IReadOnlyList<Finding> findings) => BarChart.Svg(
        texts.ChartByStatusTitle,
        [new Series(texts.StatusLabel, "series-0")],
        [.. Enum.GetValues<FindingStatus>().Select(s => new Bar(texts.FindingStatus(s), [findings.Count(f => f.Status == s)]))]);

    private static string ByDepartment(Texts texts, IReadOnlyList<Finding> findings)
    {
        var statuses = Enum.GetValues<FindingStatus>();
        var bars = findings.GroupBy(f => f.ResponsibleDepartment ?? texts.NotAssigned, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Bar(g.Key, [.. statuses.Select(s => g.Count(f => f.Status == s))]))
            .ToList();
        return BarChart.Svg(texts.ChartByDepartmentTitle, [.. statuses.Select((s, i) => new Series(texts.FindingStatus(s), $"series-{i}"))], bars);
    }

    private static string Measures(Texts texts, IReadOnlyList<Finding> findings) => BarChart.Svg(
        texts.ChartMeasuresTitle,
        [new Series(texts.ChartCompletedMeasures, "series-2"), new Series(texts.ChartOpenMeasures, "series-open")],
        [.. findings.Select(f =>
        {
            var completed = f.Measures.Count(m => m.Status == MeasureStatus.Completed);
            return new Bar(texts.FindingNumber(f.Number) + " " + f.Title, [completed, f.Measures.Count - completed]);
        })]);
}
