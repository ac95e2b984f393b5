namespace Rectification.Domain.Generation;

/// <summary>
/// The shape of a generated ledger: <see cref="Inspections"/> rounds of <see cref="Findings"/> findings, each with
/// <see cref="Measures"/> measures and exactly <see cref="Progress"/> history entries (the Announced one included).
/// </summary>
public sealed record LedgerGenerationOptions
{
    /// <summary>Beyond this many findings in all a run is refused: a typing slip should not fill the disk.</summary>
    public const int MaxTotalFindings = 1_000_000;

    public int Inspections { get; init; } = 100;

    public int Findings { get; init; } = 1_000;

    public int Measures { get; init; } = 4;

    public int Progress { get; init; } = 10;

    /// <summary>The same seed and the same day give the same ledger.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Write even into a ledger that holds more than the bundled announcement (real or generated data).</summary>
    public bool Force { get; init; }

    public long TotalFindings => (long)Inspections * Findings;

    /// <summary>Throws when a value cannot make a ledger.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Inspections, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Findings, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(Measures);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Measures, 50);
        ArgumentOutOfRangeException.ThrowIfLessThan(Progress, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Progress, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TotalFindings, MaxTotalFindings, nameof(Findings));
    }
}
