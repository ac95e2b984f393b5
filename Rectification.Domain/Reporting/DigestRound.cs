using Rectification.Domain.Findings;

namespace Rectification.Domain.Reporting;

/// <summary>
/// What <see cref="DigestBuilder"/> reads of a round: one row per finding with its measure counts and the instant of
/// its latest entry, and the history entries of a span of time. Loaded from the ledger by aggregating queries
/// (<see cref="DigestSource.LoadRoundAsync"/>), or taken from findings in memory (<see cref="From"/>), so a round of
/// 100,000 findings is summarised without loading a million entries.
/// </summary>
/// <param name="Entries">The entries recorded in the span the digest's period lies in (at least that period's); when
/// <see cref="Counts"/> is set, only the latest of the period's.</param>
public sealed record DigestRound(IReadOnlyList<DigestFindingRow> Findings, IReadOnlyList<DigestEntryRow> Entries)
{
    public static DigestRound Empty { get; } = new([], []);

    /// <summary>
    /// The period's entries as the database counted them, when it did: <see cref="Entries"/> then holds only the
    /// period's latest (as many as a digest shows), so a busy week of 50,000 entries is not read row by row. Null when
    /// <see cref="Entries"/> holds every entry and the digest counts them itself.
    /// </summary>
    public DigestEntryCounts? Counts { get; init; }

    /// <summary>The round of findings held in memory, with all their entries.</summary>
    public static DigestRound From(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var rows = findings.Select(f => new DigestFindingRow(
            f.Number,
            f.Title,
            f.Status,
            f.ResponsibleDepartment,
            f.Deadline,
            f.Measures.Count,
            f.Measures.Count(m => m.Status == MeasureStatus.Completed),
            f.LastEntry?.RecordedAtUtc)).ToList();
        var entries = findings
            .SelectMany(f => f.History.Select((e, index) => new DigestEntryRow(e.Id, index, new DigestChange(
                f.Number, f.Title, e.Kind, e.AuthorName, e.RecordedAtUtc, e.MeasureOrdinal,
                e.MeasureStatusBefore, e.MeasureStatusAfter, e.PercentBefore, e.PercentAfter, e.FindingStatusBefore, e.FindingStatusAfter))))
            .ToList();
        return new DigestRound(rows, entries);
    }
}

/// <summary>A finding as the digest counts it.</summary>
/// <param name="LastEntryAtUtc">The latest history entry about the work (the ladder's records left out); null when there is none.</param>
public sealed record DigestFindingRow(
    int Number,
    string Title,
    FindingStatus Status,
    string? ResponsibleDepartment,
    Deadline? Deadline,
    int Measures,
    int MeasuresCompleted,
    DateTime? LastEntryAtUtc);

/// <summary>A history entry as a digest line needs it, with what orders it among the period's entries.</summary>
/// <param name="Index">The entry's place in its finding's history: orders entries not yet saved (all with id 0).</param>
/// <param name="Change">The line, with the finding's whole title (the digest shortens it).</param>
public sealed record DigestEntryRow(long Id, int Index, DigestChange Change);

/// <summary>A period's entries counted: all of them, per kind, those changing a finding's status, the findings touched.</summary>
public sealed record DigestEntryCounts(int Total, IReadOnlyList<DigestKindCount> ByKind, int StatusChanges, int FindingsChanged);
