namespace Rectification.Bot.Cards.Model;

internal static class ContainerStyles
{
    /// <summary>default and emphasis are 1.0; good, attention, warning and accent came with 1.2.</summary>
    public static IEnumerable<CardFeature> NewerFeature(ContainerStyle? style) =>
        style is null or ContainerStyle.Default or ContainerStyle.Emphasis
            ? []
            : [new CardFeature($"style: {style.Value.ToString().ToLowerInvariant()}", CardVersion.V1_2)];
}
