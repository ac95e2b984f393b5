namespace Rectification.Bot.Cards.Model;

/// <summary>Buttons inside the body, e.g. under the section they act on (1.2).</summary>
public sealed class ActionSet : CardElement
{
    public ActionSet()
    {
    }

    public ActionSet(IEnumerable<CardAction> actions) => Actions.AddRange(actions);

    protected override string TypeName => "ActionSet";

    protected override CardVersion TypeIntroducedIn => CardVersion.V1_2;

    public List<CardAction> Actions { get; init; } = [];

    internal override IEnumerable<(string Path, CardNode Node)> Children() =>
        base.Children().Concat(Indexed("actions", Actions));
}
