using Rectification.Bot.Supervision;
using Rectification.Bot.Conversation;
using System.Globalization;
using System.Text;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using static Rectification.Bot.Web.WebLayout;

namespace Rectification.Bot.Web.Ledger;

/// <summary>GET /ledger/{n}: one finding with its measures, next steps, history and evidence.</summary>
internal static class FindingPage
{
    public static async Task<IResult> RenderAsync(string number, HttpRequest request, LedgerQueries ledger, OfficeClock office, SupervisionToday supervision, CancellationToken cancellationToken)
    {
        var texts = PageLanguage.For(request);
        var finding = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? await ledger.GetFindingAsync(n, cancellationToken) : null;
        if (finding is null)
        {
            return Page(texts, texts.LedgerLink, $"<p class=\"problem\">{Encode(texts.FindingNotFound(number))}</p>", StatusCodes.Status404NotFound);
        }

        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"statement\">{Encode(finding.Title)}</p>\n");
        body.Append(Facts(texts, finding, supervision.StandingOf(finding)));
        body.Append(Measures(texts, finding));
        body.Append(NextSteps(texts, finding));
        body.Append(History(texts, finding, office));
        body.Append(EvidenceList(texts, finding, office));
        return Page(texts, texts.FindingHeading(finding.Number, finding.Status), body.ToString());
    }

    private static string Facts(Texts texts, Finding finding, Domain.Supervision.SupervisionStanding standing)
    {
        var deadline = texts.DeadlineText(finding.Deadline);
        if (standing.IsOverdue)
        {
            deadline += " · " + texts.OverdueLabel;
        }

        var completed = finding.Measures.Count(m => m.Status == MeasureStatus.Completed);
        return $"""
            <dl class="facts">
              <dt>{Encode(texts.DepartmentLabel)}</dt><dd>{Encode(finding.ResponsibleDepartment ?? texts.NotAssigned)}</dd>
              <dt>{Encode(texts.LeaderLabel)}</dt><dd>{Encode(finding.ResponsibleLeader ?? texts.NotAssigned)}</dd>
              <dt>{Encode(texts.DeadlineLabel)}</dt><dd>{Encode(deadline)}</dd>
              <dt>{Encode(texts.MeasuresProgressLabel)}</dt><dd>{Encode(texts.MeasuresCompleted(completed, finding.Measures.Count))}</dd>
            </dl>

            """;
    }

    private static string Measures(Texts texts, Finding finding)
    {
        var items = finding.Measures.OrderBy(m => m.Ordinal)
            .Select(m => $"<li value=\"{m.Ordinal}\"><span class=\"measure-{m.Status}\">{Encode(texts.MeasureStatusWithPercent(m.Status, m.PercentComplete))}</span> {Encode(m.Text)}</li>");
        return Section(texts.MeasuresHeading, finding.Measures.Count == 0 ? $"<p>{Encode(texts.NoMeasures)}</p>" : $"<ol class=\"measures\">{string.Concat(items)}</ol>");
    }

    private static string NextSteps(Texts texts, Finding finding) =>
        finding.NextSteps.Count == 0
            ? string.Empty
            : Section(texts.NextStepsHeading, $"<ul>{string.Concat(finding.NextSteps.OrderBy(s => s.Ordinal).Select(s => $"<li><span class=\"measure-{s.Status}\">{Encode(texts.MeasureStatusWithPercent(s.Status, s.PercentComplete))}</span> {Encode(s.Text)}</li>"))}</ul>");

    private static string History(Texts texts, Finding finding, OfficeClock office)
    {
        var rows = finding.History.OrderByDescending(e => e.RecordedAtUtc).ThenByDescending(e => e.Id).Select(e => $"""
            <tr><td>{Encode(texts.DateAndTime(office.Local(e.RecordedAtUtc)))}</td><td>{Encode(e.AuthorName)}</td><td>{Encode(texts.ProgressEntryKind(e.Kind))}</td><td>{Encode(e.Description)}</td></tr>
            """);
        return Section(texts.LedgerHistoryHeading, finding.History.Count == 0 ? $"<p>{Encode(texts.NoUpdatesYet)}</p>" : $"<table class=\"history\"><tbody>{string.Concat(rows)}</tbody></table>");
    }

    private static string EvidenceList(Texts texts, Finding finding, OfficeClock office)
    {
        var items = finding.History.Where(e => e.HasEvidence).OrderBy(e => e.RecordedAtUtc).Select(e =>
        {
            var name = Encode(e.EvidenceName ?? e.EvidenceUrl);
            var linked = Uri.TryCreate(e.EvidenceUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
                ? $"<a href=\"{Encode(url.AbsoluteUri)}\" rel=\"noopener noreferrer\">{name}</a>"
                : name;
            return $"<li>{linked} · {Encode(texts.UpdatedBy(e.AuthorName, texts.DateAndTime(office.Local(e.RecordedAtUtc))))}</li>";
        }).ToList();
        return Section(texts.EvidenceHeading, items.Count == 0 ? $"<p>{Encode(texts.NoEvidence)}</p>" : $"<ul class=\"evidence\">{string.Concat(items)}</ul>");
    }

    private static string Section(string heading, string content) => $"<section><h2>{Encode(heading)}</h2>{content}</section>\n";
}
