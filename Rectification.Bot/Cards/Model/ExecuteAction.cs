using System.Text.Json.Nodes;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// Action.Execute (1.4, Universal Actions): Teams sends an adaptiveCard/action invoke with <see cref="Verb"/> and
/// <see cref="Data"/>, and the bot may answer with a replacement card. Web Chat and older clients do not know it,
/// so give it a <see cref="CardAction.Fallback"/> Submit carrying the same data.
/// </summary>
public sealed class ExecuteAction : CardAction, ISelectAction
{
    protected override string TypeName => "Action.Execute";

    protected override CardVersion TypeIntroducedIn => CardVersion.V1_4;

    public string? Verb { get; init; }

    public JsonNode? Data { get; init; }
}
