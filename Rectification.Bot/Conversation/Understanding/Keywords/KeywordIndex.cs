namespace Rectification.Bot.Conversation.Understanding.Keywords;

/// <summary>
/// Answers "which finding is this about?" for a question without a number. Each finding's title and details are
/// split into terms (<see cref="KeywordTerms"/>); a query scores a finding by the terms they share, each weighted
/// by how rare it is across findings (金融 is everywhere and counts for nearly nothing; 汉融 is in two) and,
/// with diminishing returns, by how often the finding uses it, a title use counting more than a use in the details.
/// Immutable after construction, so one instance serves all turns.
/// </summary>
public sealed class KeywordIndex
{
    private const double TitleWeight = 3;
    private const int MaxChoices = 5;

    // The best finding wins outright when it scores at least this many times the runner-up.
    private const double ClearWinRatio = 2;

    // Below this share of the best score a finding is not worth offering as a choice.
    private const double ChoiceFloor = 0.25;

    // A match must share at least this share of the query's weight, so one common pair in a long sentence is no match.
    private const double MinimumCoverage = 0.5;

    // ...and at least one term as rare as one found in a third of the findings: 工作 or 金融 alone match nothing.
    private static readonly double MinimumSharedRarity = Math.Log(3);

    private readonly Dictionary<int, Dictionary<string, double>> _termCountsByFinding;
    private readonly Dictionary<string, double> _rarity;
    private readonly double _unknownTermRarity;

    public KeywordIndex(IEnumerable<FindingText> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        _termCountsByFinding = findings.ToDictionary(f => f.Number, CountTerms);
        var findingCount = Math.Max(1, _termCountsByFinding.Count);
        _rarity = _termCountsByFinding.Values
            .SelectMany(counts => counts.Keys)
            .GroupBy(term => term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log((double)findingCount / g.Count()), StringComparer.Ordinal);
        _unknownTermRarity = Math.Log(findingCount + 1.0);
    }

    /// <summary>
    /// Empty when nothing matches well enough; one number when the best match clearly wins; otherwise the best few
    /// (at most five), best first, for the user to choose from.
    /// </summary>
    public IReadOnlyList<int> Search(string query)
    {
        var terms = KeywordTerms.Extract(query ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        var ranked = _termCountsByFinding
            .Select(f => (Number: f.Key, Score: Score(terms, f.Value)))
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Number)
            .ToList();
        if (ranked.Count == 0 || !IsGoodEnough(terms, _termCountsByFinding[ranked[0].Number]))
        {
            return [];
        }

        var best = ranked[0].Score;
        if (ranked.Count == 1 || best >= ClearWinRatio * ranked[1].Score)
        {
            return [ranked[0].Number];
        }

        return [.. ranked.TakeWhile(r => r.Score >= ChoiceFloor * best).Take(MaxChoices).Select(r => r.Number)];
    }

    private static Dictionary<string, double> CountTerms(FindingText finding)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in KeywordTerms.Extract(finding.Title))
        {
            counts[term] = counts.GetValueOrDefault(term) + TitleWeight;
        }

        foreach (var term in finding.Details.SelectMany(KeywordTerms.Extract))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        return counts;
    }

    private double Score(List<string> terms, Dictionary<string, double> counts) =>
        terms.Sum(t => counts.TryGetValue(t, out var count) ? _rarity[t] * (1 + Math.Log(count)) : 0);

    /// <summary>
    /// The best finding must share a rare enough term and most of the query's rarity weight; terms no finding
    /// uses weigh as much as the rarest, so a long sentence that mentions one common pair matches nothing.
    /// </summary>
    private bool IsGoodEnough(List<string> terms, Dictionary<string, double> counts)
    {
        var shared = terms.Where(counts.ContainsKey).ToList();
        var total = terms.Sum(RarityOf);
        return shared.Exists(t => _rarity[t] >= MinimumSharedRarity)
            && shared.Sum(RarityOf) >= MinimumCoverage * total;
    }

    private double RarityOf(string term) => _rarity.GetValueOrDefault(term, _unknownTermRarity);
}
