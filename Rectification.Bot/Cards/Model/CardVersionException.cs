namespace Rectification.Bot.Cards.Model;

/// <summary>
/// A card uses elements or properties newer than the version it declares. Thrown instead of sending it, because a
/// host of the declared version (Teams mobile: 1.2) would drop the card or show it wrongly.
/// </summary>
public sealed class CardVersionException : InvalidOperationException
{
    public CardVersionException(CardVersion declared, IReadOnlyList<CardVersionViolation> violations)
        : base($"The card declares version {declared} but uses newer features: {string.Join("; ", violations)}.")
    {
        Declared = declared;
        Violations = violations;
    }

    public CardVersion Declared { get; }

    public IReadOnlyList<CardVersionViolation> Violations { get; }
}
