namespace Rectification.Bot.Cards.Model;

/// <summary>Columns side by side. On a phone every column but one should be "auto" and short.</summary>
public sealed class ColumnSet : CardElement
{
    public ColumnSet()
    {
    }

    public ColumnSet(IEnumerable<Column> columns) => Columns.AddRange(columns);

    protected override string TypeName => "ColumnSet";

    public List<Column> Columns { get; init; } = [];

    /// <summary>1.2.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>What a tap anywhere on the row does (1.1).</summary>
    public ISelectAction? SelectAction { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures() =>
        base.NewerFeatures()
            .Concat(Style is null ? [] : [new CardFeature("style", CardVersion.V1_2)])
            .Concat(SelectAction is null ? [] : [new CardFeature("selectAction", CardVersion.V1_1)]);

    internal override IEnumerable<(string Path, CardNode Node)> Children() =>
        base.Children().Concat(Indexed("columns", Columns)).Concat(Single("selectAction", SelectAction as CardNode));
}
