namespace Rectification.Domain.Reporting;

/// <summary>
/// What the digest counts as stalled or due soon, and how much of each list it spells out. The defaults suit the
/// reference round (29 findings): every finding fits in each list, while the changes of a busy week are summarised.
/// </summary>
public sealed record DigestOptions
{
    public static DigestOptions Default { get; } = new();

    /// <summary>An in-progress finding is stalled once this many whole days have passed since its last entry.</summary>
    public int StallDays { get; init; } = 21;

    /// <summary>An in-progress finding is due soon when its deadline is today or within this many days.</summary>
    public int DueSoonDays { get; init; } = 14;

    /// <summary>How many of the period's entries are spelled out, most recent first; the rest are counted.</summary>
    public int MaxChangeLines { get; init; } = 15;

    /// <summary>How many distinct upcoming deadline dates are listed.</summary>
    public int MaxDeadlineLines { get; init; } = 5;

    /// <summary>How many findings each of the overdue, due-soon and stalled lists spells out; the rest are counted.</summary>
    public int MaxFindingLines { get; init; } = 30;

    /// <summary>Titles longer than this many characters are cut and end with "…".</summary>
    public int TitleLength { get; init; } = 40;

    /// <summary>Throws when a value would make a nonsensical digest (negative days, no room for a title).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(StallDays, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(DueSoonDays);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxChangeLines);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDeadlineLines);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxFindingLines);
        ArgumentOutOfRangeException.ThrowIfLessThan(TitleLength, 2);
    }
}
