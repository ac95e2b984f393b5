namespace Rectification.Tests.Understanding.Phrasings;

/// <summary>The table as a whole: large enough to mean something, and no phrasing listed twice with different answers.</summary>
public sealed class PhrasingTableTests
{
    [Fact]
    public void TheTableHoldsAtLeastTwoHundredCases()
    {
        Assert.True(Phrasings.All().Count() >= 200, $"The phrasing table has {Phrasings.All().Count()} cases; keep it at 200 or more.");
    }

    [Fact]
    public void NoPhrasingIsListedTwiceWithDifferentAnswers()
    {
        var conflicting = Phrasings.All()
            .GroupBy(c => c.Message, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Expected).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();

        Assert.Empty(conflicting);
    }
}
