using System.Text.Json.Nodes;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// Action.Submit: the host sends <see cref="Data"/> (merged with the card's input values) back to the bot as the
/// activity's value. Keep the data small: it travels with every tap.
/// </summary>
public sealed class SubmitAction : CardAction, ISelectAction
{
    protected override string TypeName => "Action.Submit";

    public JsonNode? Data { get; init; }
}
