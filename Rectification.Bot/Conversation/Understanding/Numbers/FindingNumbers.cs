namespace Rectification.Bot.Conversation.Understanding.Numbers;

/// <summary>
/// The finding numbers that exist in the ledger (1–29 for the 2024-06-18 announcement). Data, not a constant:
/// a later inspection round may have another count.
/// </summary>
public sealed class FindingNumbers
{
    private readonly SortedSet<int> _numbers;

    public FindingNumbers(IEnumerable<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        _numbers = [.. numbers];
        if (_numbers.Count == 0)
        {
            throw new ArgumentException("At least one finding number is needed to name a valid range.", nameof(numbers));
        }
    }

    public int Min => _numbers.Min;

    public int Max => _numbers.Max;

    public static FindingNumbers Range(int first, int last) =>
        new(Enumerable.Range(first, last - first + 1));

    public bool Contains(int number) => _numbers.Contains(number);
}
