namespace Rectification.Bot.Cards.Model;

/// <summary>
/// Action.ShowCard: unfolds a nested card under the buttons. The nested card's content is checked against the
/// outer card's version, since the same host renders both.
/// </summary>
public sealed class ShowCardAction(AdaptiveCard card) : CardAction
{
    protected override string TypeName => "Action.ShowCard";

    public AdaptiveCard Card { get; } = card ?? throw new ArgumentNullException(nameof(card));

    internal override IEnumerable<(string Path, CardNode Node)> Children() => base.Children().Concat(Single("card", Card));
}
