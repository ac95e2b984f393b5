using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;
using Rectification.Domain.Storage;

namespace Rectification.Domain.LedgerFiles;

/// <summary>
/// Imports a ledger file's owners, leaders, deadlines and categories into the current round: every row is checked
/// first; only a file without problems is applied, in one save, each finding's change recorded as an assignment whose
/// author is the file's name.
/// </summary>
public sealed class LedgerImporter(LedgerDbContext db)
{
    public async Task<LedgerImportResult> ImportAsync(LedgerFileTable table, string fileName, DateTime atUtc, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var findings = await db.Findings.OfCurrentRound(db.Inspections)
            .Include(f => f.Inspection).Include(f => f.Measures).Include(f => f.NextSteps).AsSplitQuery().ToListAsync(cancellationToken);
        var plan = new LedgerRowChecker(findings, await KnownDepartmentsAsync(cancellationToken)).Check(table);
        if (!plan.CanApply)
        {
            return new LedgerImportResult(LedgerImportOutcome.Refused, plan);
        }

        if (dryRun || plan.Changes.Count == 0)
        {
            return new LedgerImportResult(LedgerImportOutcome.Checked, plan);
        }

        var author = new ProgressAuthor(null, Author(fileName), ProgressSource.LedgerFile);
        foreach (var change in plan.Changes)
        {
            var finding = findings.Single(f => f.Number == change.FindingNumber);
            if (change.Department is not null || change.Leader is not null || change.Deadline is not null || change.Category is not null)
            {
                finding.AssignResponsibility(change.Department, change.Leader, change.Deadline, author, atUtc, change.Category);
            }

            foreach (var (ordinal, deadline) in change.MeasureDeadlines.OrderBy(m => m.Key))
            {
                finding.AssignMeasureDeadline(ordinal, deadline, author, atUtc);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new LedgerImportResult(LedgerImportOutcome.Applied, plan);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new LedgerImportResult(LedgerImportOutcome.ChangedMeanwhile, plan);
        }
    }

    /// <summary>The departments the ledger knows: those findings answer to and those people are registered in.</summary>
    private async Task<IReadOnlyCollection<string>> KnownDepartmentsAsync(CancellationToken cancellationToken)
    {
        var ofFindings = await db.Findings.Where(f => f.ResponsibleDepartment != null).Select(f => f.ResponsibleDepartment!).Distinct().ToListAsync(cancellationToken);
        var ofPeople = await db.People.Where(p => p.Department != null).Select(p => p.Department!).Distinct().ToListAsync(cancellationToken);
        return ofFindings.Concat(ofPeople).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The file's name as the history's author (the column holds 200 characters).</summary>
    private static string Author(string fileName)
    {
        var name = Path.GetFileName(fileName.Trim());
        return name.Length <= 200 ? name : name[..199] + "…";
    }
}
