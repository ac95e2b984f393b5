namespace Rectification.Bot.Cards.Model;

/// <summary>Checks a card's whole tree against the version it declares.</summary>
public static class CardVersionGuard
{
    public static IReadOnlyList<CardVersionViolation> FindViolations(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var violations = new List<CardVersionViolation>();
        Visit(card, string.Empty, card.Version, violations);
        return violations;
    }

    /// <summary>Throws <see cref="CardVersionException"/> when anything in the card is newer than its version.</summary>
    public static void EnsureWithinDeclaredVersion(AdaptiveCard card)
    {
        var violations = FindViolations(card);
        if (violations.Count > 0)
        {
            throw new CardVersionException(card.Version, violations);
        }
    }

    private static void Visit(CardNode node, string path, CardVersion declared, List<CardVersionViolation> violations)
    {
        if (node.IntroducedIn > declared)
        {
            violations.Add(new CardVersionViolation(path, node.SchemaName, node.IntroducedIn));
        }

        // A nested card (Action.ShowCard) is rendered by the same host as the outer one.
        if (node is AdaptiveCard nested && nested.Version > declared)
        {
            violations.Add(new CardVersionViolation(path, $"nested card version {nested.Version}", nested.Version));
        }

        foreach (var feature in node.NewerFeatures().Where(f => f.IntroducedIn > declared))
        {
            violations.Add(new CardVersionViolation(path, $"{node.SchemaName}.{feature.Name}", feature.IntroducedIn));
        }

        foreach (var (segment, child) in node.Children())
        {
            Visit(child, $"{path}/{segment}", declared, violations);
        }
    }
}
