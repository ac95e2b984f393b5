using System.Text;
using Rectification.Bot.Localization;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Cards.Digest;

/// <summary>
/// The weekly digest as Markdown that also reads well as plain text, for channels without cards (console,
/// Telegram, e-mail). Bold headings and "- " bullets only, no tables: Telegram and many phones show no Markdown
/// tables, so the per-department table is one line per department.
/// </summary>
/// <remarks>
/// Bounded in size: the report already spells out at most <see cref="DigestOptions.MaxChangeLines"/> entries and
/// counts the rest; should the text still exceed <see cref="MaxLength"/> (e.g. hundreds of departments), it is cut
/// at a line and ends with a note saying so.
/// </remarks>
public static class DigestMarkdown
{
    /// <summary>40,000 UTF-16 characters, 80 KB: the message size Teams advises.</summary>
    public const int MaxLength = 40_000;

    private const string Separator = " · ";

    public static string Render(DigestReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var texts = DigestTexts.For(language);
        var period = report.Period;
        var md = new StringBuilder();

        md.Append("**").Append(texts.Title(period.Key, period.FirstDay, period.LastDay)).AppendLine("**");
        Paragraph(md, texts.AsOf(TimeZoneInfo.ConvertTime(report.AsOf, period.Zone).DateTime, period.Zone.Id));
        if (report.Accountability is { } mine)
        {
            Paragraph(md, "**" + Escape(texts.AccountabilityLine(mine.LeaderName, mine.FindingNumbers)) + "**");
        }

        Heading(md, texts.OverallHeading);
        Bullet(md, texts.FindingTotals(report.Totals));
        Bullet(md, texts.MeasureTotals(report.Totals));

        Heading(md, texts.SupervisionHeading);
        foreach (var line in texts.SupervisionLines(report.Supervision))
        {
            Bullet(md, line);
        }

        WriteChanges(md, report, texts);

        Heading(md, texts.OverdueHeading(report.Overdue.TotalCount));
        WriteList(md, report.Overdue, texts, item =>
            Join(texts.Item(item.Number, Escape(item.Title)), texts.Overdue(DateText(item.Deadline), item.DaysOverdue), Department(item.Department)));

        Heading(md, texts.DueSoonHeading(report.DueSoonDays, report.DueSoon.TotalCount));
        WriteList(md, report.DueSoon, texts, item =>
            Join(texts.Item(item.Number, Escape(item.Title)), texts.DueSoon(DateText(item.Deadline), item.DaysLeft), Department(item.Department)));

        Heading(md, texts.StalledHeading(report.StallDays, report.Stalled.TotalCount));
        WriteList(md, report.Stalled, texts, item =>
        {
            var last = item.LastEntryAtUtc is { } at ? DateText(DateOnly.FromDateTime(period.ToLocal(at))) : null;
            return Join(texts.Item(item.Number, Escape(item.Title)), texts.SinceLastEntry(item.DaysSinceLastEntry, last), Department(item.Department));
        });

        Heading(md, texts.DepartmentsHeading);
        foreach (var row in report.Departments)
        {
            Bullet(md, texts.DepartmentRow(row.Department is null ? texts.Unassigned : Escape(row.Department), row));
        }

        Heading(md, texts.NextDeadlinesHeading);
        if (report.NextDeadlines.Count == 0)
        {
            Paragraph(md, texts.NoUpcomingDeadlines);
        }

        foreach (var deadline in report.NextDeadlines)
        {
            Bullet(md, texts.DeadlineLine(DateText(deadline.Date), deadline.DaysLeft, deadline.FindingNumbers));
        }

        return Bound(md.ToString(), texts);

        string DateText(DateOnly date) => texts.Date(date, date.Year != report.Today.Year);

        string? Department(string? department) => department is null ? null : Escape(department);
    }

    private static void WriteChanges(StringBuilder md, DigestReport report, DigestTexts texts)
    {
        var changes = report.Changes;
        Heading(md, texts.ChangesHeading(report.Period.Key, changes));
        if (changes.TotalCount == 0)
        {
            Paragraph(md, texts.NoChanges);
            return;
        }

        Bullet(md, texts.ByKind(changes.ByKind));
        foreach (var change in changes.Shown)
        {
            var local = report.Period.ToLocal(change.RecordedAtUtc);
            Bullet(md, Join([
                texts.DateAndTime(local, local.Year != report.Today.Year),
                texts.Item(change.FindingNumber, Escape(change.FindingTitle)),
                .. texts.ChangeParts(change),
                texts.RecordedBy(Escape(change.AuthorName))]));
        }

        if (changes.Omitted > 0)
        {
            Bullet(md, texts.MoreChanges(changes.Omitted));
        }
    }

    private static void WriteList<T>(StringBuilder md, DigestList<T> list, DigestTexts texts, Func<T, string> line)
    {
        if (list.TotalCount == 0)
        {
            Paragraph(md, texts.NoneInList);
            return;
        }

        foreach (var item in list.Shown)
        {
            Bullet(md, line(item));
        }

        if (list.Omitted > 0)
        {
            Bullet(md, texts.MoreFindings(list.Omitted));
        }
    }

    private static void Heading(StringBuilder md, string text) => md.AppendLine().Append("**").Append(text).AppendLine("**");

    // A blank line first: in Markdown a line right below another joins its paragraph.
    private static void Paragraph(StringBuilder md, string text) => md.AppendLine().AppendLine(text);

    private static void Bullet(StringBuilder md, string text) => md.Append("- ").AppendLine(text);

    private static string Join(params string?[] parts) => string.Join(Separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>People's words (titles, names, departments) on one line, with Markdown's markup characters escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r' or '\n' or '\t':
                    escaped.Append(' ');
                    break;
                case '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '~' or '#' or '|':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    private static string Bound(string markdown, DigestTexts texts)
    {
        if (markdown.Length <= MaxLength)
        {
            return markdown;
        }

        var note = Environment.NewLine + texts.Truncated + Environment.NewLine;
        var cut = markdown.LastIndexOf('\n', MaxLength - note.Length - 1);
        return string.Concat(markdown.AsSpan(0, cut < 0 ? MaxLength - note.Length : cut), note);
    }
}
