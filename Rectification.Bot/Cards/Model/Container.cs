namespace Rectification.Bot.Cards.Model;

/// <summary>Groups elements, optionally styled (background) and tappable as a whole.</summary>
public sealed class Container : CardElement
{
    public Container()
    {
    }

    public Container(IEnumerable<CardElement> items) => Items.AddRange(items);

    protected override string TypeName => "Container";

    public List<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }

    /// <summary>What a tap anywhere on the container does (1.1).</summary>
    public ISelectAction? SelectAction { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures() =>
        base.NewerFeatures()
            .Concat(ContainerStyles.NewerFeature(Style))
            .Concat(SelectAction is null ? [] : [new CardFeature("selectAction", CardVersion.V1_1)]);

    internal override IEnumerable<(string Path, CardNode Node)> Children() =>
        base.Children().Concat(Indexed("items", Items)).Concat(Single("selectAction", SelectAction as CardNode));
}
