namespace Rectification.Domain.Storage;

/// <summary>
/// The ledger's revision: one row whose stamp changes, in the same transaction, with every saved change to the
/// inspections, findings and people. Any bot instance can tell with one cheap read whether the snapshot it holds
/// (<see cref="Queries.LedgerSnapshot"/>) is still the ledger as it is, whoever changed it.
/// </summary>
/// <remarks>
/// A new random stamp rather than a counter: a stamp only has to differ, and setting it needs no read, so the
/// update rides in the change's own statement batch.
/// </remarks>
public sealed class LedgerRevision
{
    public const int SingletonId = 1;

    private LedgerRevision(int id, Guid stamp)
    {
        Id = id;
        Stamp = stamp;
    }

    public int Id { get; private set; }

    public Guid Stamp { get; private set; }

    /// <summary>The stored row as EF attaches it before renewing its stamp; its stamp is not read.</summary>
    internal static LedgerRevision Row() => new(SingletonId, Guid.Empty);

    internal void Renew() => Stamp = Guid.NewGuid();
}
