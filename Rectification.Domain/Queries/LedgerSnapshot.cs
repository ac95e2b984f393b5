using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.People;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Queries;

/// <summary>
/// The ledger as it was at one revision, for reading: the current inspection round with its findings in full
/// (measures, next steps, history), and the people with their accounts. Shared by every turn until the revision
/// changes, so nothing in it may be changed: callers that change a finding load it tracked instead.
/// </summary>
public sealed class LedgerSnapshot
{
    private readonly Dictionary<int, Finding> findingsByNumber;
    private readonly Dictionary<(string Realm, string Id), Person[]> peopleByAccount;

    private LedgerSnapshot(Guid revision, Inspection? inspection, IReadOnlyList<Finding> findings, IReadOnlyList<Person> people)
    {
        Revision = revision;
        Inspection = inspection;
        Findings = findings;
        findingsByNumber = findings.ToDictionary(f => f.Number);
        FindingNumbers = findings.Select(f => f.Number).ToList();
        Summaries = findings.Select(Summarize).ToList();
        SearchTexts = findings.Select(f => new FindingSearchText(
            f.Number,
            f.Title,
            f.Measures.OrderBy(m => m.Ordinal).Select(m => m.Text).ToList(),
            f.NextSteps.OrderBy(s => s.Ordinal).Select(s => s.Text).ToList())).ToList();
        peopleByAccount = people
            .SelectMany(p => p.Identities.SelectMany(i => AccountIds(i).Select(id => (Key: (i.Realm, id), Person: p))))
            .GroupBy(pair => pair.Key, pair => pair.Person)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    /// <summary>The revision stamp read before the ledger was, so a change made while loading shows as a newer one.</summary>
    public Guid Revision { get; }

    /// <summary>The round this snapshot holds: the one announced last, unless another was asked for.</summary>
    public Inspection? Inspection { get; }

    /// <summary>The current round's findings, by number.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<int> FindingNumbers { get; }

    public IReadOnlyList<FindingSummary> Summaries { get; }

    public IReadOnlyList<FindingSearchText> SearchTexts { get; }

    public Finding? FindFinding(int number) => findingsByNumber.GetValueOrDefault(number);

    /// <summary>
    /// The person with this account in its realm, found by either id; an active record before a removed one, and the
    /// channel's own id (the first) before the alternate one.
    /// </summary>
    public Person? FindPerson(string realm, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return PeopleDirectory.Preferred(ids.SelectMany(id => peopleByAccount.GetValueOrDefault((realm, id)) ?? []).Distinct(), realm, ids);
    }

    /// <param name="round">The inspection whose findings to load; null for the one announced last.</param>
    internal static async Task<LedgerSnapshot> LoadAsync(LedgerDbContext db, Guid revision, int? round, CancellationToken cancellationToken)
    {
        var inspections = db.Inspections.AsNoTracking();
        var inspection = round is { } id
            ? await inspections.FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            : await inspections.LatestFirst().FirstOrDefaultAsync(cancellationToken);
        var findings = inspection is null
            ? []
            : await db.Findings.AsNoTracking().Where(f => f.InspectionId == inspection.Id).WithDetails()
                .OrderBy(f => f.Number).ToListAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Include(p => p.Identities).AsSplitQuery().ToListAsync(cancellationToken);
        return new LedgerSnapshot(revision, inspection, findings, people);
    }

    private static IEnumerable<string> AccountIds(PersonIdentity identity) =>
        identity.AlternateUserId is { } alternate ? [identity.UserId, alternate] : [identity.UserId];

    private static FindingSummary Summarize(Finding finding)
    {
        var last = finding.LastEntry;
        return new FindingSummary(
            finding.Number, finding.Title, finding.Status, finding.Measures.Count,
            finding.Measures.Count(m => m.Status == MeasureStatus.Completed),
            finding.ResponsibleDepartment, finding.Deadline, last?.RecordedAtUtc, last?.AuthorName);
    }
}
