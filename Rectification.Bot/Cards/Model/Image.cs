namespace Rectification.Bot.Cards.Model;

/// <summary>An image by URL (HTTPS, PNG/JPEG/GIF, at most 1024×1024 in Teams).</summary>
public sealed class Image(Uri url) : CardElement
{
    protected override string TypeName => "Image";

    public Uri Url { get; } = url ?? throw new ArgumentNullException(nameof(url));

    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>1.1.</summary>
    public ISelectAction? SelectAction { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures() =>
        base.NewerFeatures().Concat(SelectAction is null ? [] : [new CardFeature("selectAction", CardVersion.V1_1)]);

    internal override IEnumerable<(string Path, CardNode Node)> Children() =>
        base.Children().Concat(Single("selectAction", SelectAction as CardNode));
}
