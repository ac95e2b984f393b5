namespace Rectification.Bot.Cards.Model;

/// <summary>
/// One column of a <see cref="ColumnSet"/>. Written without "type": the schema and the renderers know a column by
/// its place, and leaving it out keeps a 29-row list under the 28 KB post limit.
/// </summary>
public sealed class Column : CardNode
{
    public Column()
    {
    }

    public Column(ColumnWidth width, IEnumerable<CardElement> items)
    {
        Width = width;
        Items.AddRange(items);
    }

    protected override string TypeName => "Column";

    public List<CardElement> Items { get; init; } = [];

    public ColumnWidth? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    /// <summary>1.1.</summary>
    public ISelectAction? SelectAction { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures()
    {
        var features = ContainerStyles.NewerFeature(Style).ToList();
        if (Width is { IsPixels: true })
        {
            features.Add(new CardFeature("width in pixels", CardVersion.V1_1));
        }

        if (SelectAction is not null)
        {
            features.Add(new CardFeature("selectAction", CardVersion.V1_1));
        }

        return features;
    }

    internal override IEnumerable<(string Path, CardNode Node)> Children() =>
        Indexed("items", Items).Concat(Single("selectAction", SelectAction as CardNode));
}
