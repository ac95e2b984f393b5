using Rectification.Bot.Conversation;
using System.Globalization;
using System.Text;
using Rectification.Bot.Localization;
using Rectification.Bot.Supervision;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using static Rectification.Bot.Web.WebLayout;

namespace Rectification.Bot.Web.Ledger;

/// <summary>
/// GET /ledger: every finding of the current round as a table, filtered by status, department and overdue, with each
/// finding's standing on the supervision ladder (三色督办) as the chat's cards show it.
/// </summary>
internal static class LedgerTablePage
{
    public static async Task<IResult> RenderAsync(HttpRequest request, LedgerQueries ledger, OfficeClock office, SupervisionToday supervision, CancellationToken cancellationToken)
    {
        var texts = PageLanguage.For(request);
        var (filter, unknown) = LedgerFilter.From(request.Query);
        if (filter is null)
        {
            return Page(texts, texts.LedgerLink, $"<p class=\"problem\">{Encode(texts.UnknownFilter(unknown!.Value.Key, unknown.Value.Value))}</p>", StatusCodes.Status400BadRequest);
        }

        var findings = (await ledger.SnapshotAsync(cancellationToken)).Findings.OrderBy(f => f.Number).ToList();
        var today = office.Today;
        var shown = findings.Where(f => filter.Shows(f, supervision.Ladder.StandingOf(f, today))).ToList();
        var body = new StringBuilder();
        body.Append(FilterForm(texts, filter, findings));
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"count\">{Encode(texts.LedgerShown(shown.Count, findings.Count))}</p>\n");
        body.Append(Table(texts, shown, office, supervision, today));
        return Page(texts, texts.LedgerLink, body.ToString());
    }

    private static string FilterForm(Texts texts, LedgerFilter filter, IReadOnlyList<Finding> findings)
    {
        var statuses = Enum.GetValues<FindingStatus>()
            .Select(s => Option(s.ToString(), texts.FindingStatus(s), filter.Status == s));
        var departments = findings.Select(f => f.ResponsibleDepartment).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(d => Option(d, d, filter.Department == d));
        return $"""
            <form method="get" action="{LedgerPath}" class="filters">
              <label>{Encode(texts.StatusLabel)} <select name="{LedgerFilter.StatusKey}">{Option("", texts.AnyStatus, filter.Status is null)}{string.Concat(statuses)}</select></label>
              <label>{Encode(texts.DepartmentLabel)} <select name="{LedgerFilter.DepartmentKey}">{Option("", texts.AnyDepartment, filter.Department is null)}{string.Concat(departments)}</select></label>
              <label><input type="checkbox" name="{LedgerFilter.OverdueKey}" value="1"{(filter.OverdueOnly ? " checked" : "")}> {Encode(texts.OnlyOverdue)}</label>
              <button type="submit">{Encode(texts.FilterAction)}</button>
            </form>

            """;
    }

    private static string Option(string value, string label, bool selected) =>
        $"<option value=\"{Encode(value)}\"{(selected ? " selected" : "")}>{Encode(label)}</option>";

    private static string Table(Texts texts, IReadOnlyList<Finding> findings, OfficeClock office, SupervisionToday supervision, DateOnly today)
    {
        var rows = new StringBuilder();
        foreach (var finding in findings)
        {
            var standing = supervision.Ladder.StandingOf(finding, today);
            var overdue = standing.IsOverdue;
            var deadline = texts.DeadlineText(finding.Deadline);
            var last = finding.LastEntry is { } entry ? texts.UpdatedBy(entry.AuthorName, texts.DateAndTime(office.Local(entry.RecordedAtUtc))) : texts.NoUpdatesYet;
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr data-number="{finding.Number}"{(overdue ? " class=\"overdue\"" : "")}>
                  <td><a href="{LedgerPath}/{finding.Number}">{finding.Number}</a></td>
                  <td><a href="{LedgerPath}/{finding.Number}">{Encode(finding.Title)}</a></td>
                  <td>{Encode(finding.ResponsibleDepartment ?? texts.NotAssigned)}</td>
                  <td>{Encode(finding.ResponsibleLeader ?? texts.NotAssigned)}</td>
                  <td>{Encode(deadline)}{(overdue ? $" <span class=\"badge\">{Encode(texts.OverdueLabel)}</span>" : "")}</td>
                  <td class="status-{finding.Status}">{Encode(texts.FindingStatus(finding.Status))}</td>
                  <td class="supervision-{standing.Colour}">{Encode(texts.SupervisionLine(standing) ?? string.Empty)}</td>
                  <td>{Encode(last)}</td>
                </tr>

                """);
        }

        return $"""
            <table class="ledger">
              <thead><tr><th>{Encode(texts.NumberLabel)}</th><th>{Encode(texts.StatementLabel)}</th><th>{Encode(texts.DepartmentLabel)}</th><th>{Encode(texts.LeaderLabel)}</th><th>{Encode(texts.DeadlineLabel)}</th><th>{Encode(texts.StatusLabel)}</th><th>{Encode(texts.SupervisionLabel)}</th><th>{Encode(texts.LastUpdateLabel)}</th></tr></thead>
              <tbody>
            {rows}  </tbody>
            </table>
            {(findings.Count == 0 ? $"<p>{Encode(texts.FindingListEmpty)}</p>" : "")}
            """;
    }
}
