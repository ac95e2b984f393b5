namespace Rectification.Domain.Findings;

/// <summary>A change the ledger's rules refuse. The message is for logs; channels phrase it for people.</summary>
public abstract class FindingRuleException(string message) : InvalidOperationException(message);

public sealed class FindingClosedException(int findingNumber)
    : FindingRuleException($"Finding {findingNumber} is signed off; reopen it before reporting progress.")
{
    public int FindingNumber { get; } = findingNumber;
}

public sealed class MeasureNotFoundException(int findingNumber, int measureOrdinal, int measureCount)
    : FindingRuleException($"Finding {findingNumber} has no measure {measureOrdinal}; it has {measureCount}.")
{
    public int FindingNumber { get; } = findingNumber;

    public int MeasureOrdinal { get; } = measureOrdinal;

    public int MeasureCount { get; } = measureCount;
}
