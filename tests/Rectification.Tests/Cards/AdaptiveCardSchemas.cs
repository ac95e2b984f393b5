using System.Text.Json;
using Json.Schema;
using Rectification.Bot.Cards.Model;

namespace Rectification.Tests.Cards;

/// <summary>The official Adaptive Card schemas (copied to the test output), loaded once per version.</summary>
internal static class AdaptiveCardSchemas
{
    private static readonly Lazy<JsonSchema> V1_2 = new(() => Load("1.2.0"));
    private static readonly Lazy<JsonSchema> V1_5 = new(() => Load("1.5.0"));

    /// <summary>
    /// Schema errors of a card against the schema of its declared version, plus the two checks the schema lacks:
    /// type "AdaptiveCard" and a version string present.
    /// </summary>
    public static IReadOnlyList<string> Problems(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("type", out var type) || type.GetString() != "AdaptiveCard")
        {
            return ["root: type is not \"AdaptiveCard\""];
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String)
        {
            return ["root: version missing or not a string"];
        }

        var results = SchemaFor(CardVersion.Parse(version.GetString()!))
            .Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid ? [] : Describe(results);
    }

    private static JsonSchema SchemaFor(CardVersion version) =>
        version == CardVersion.V1_2 ? V1_2.Value
        : version == CardVersion.V1_5 ? V1_5.Value
        : throw new NotSupportedException($"No schema for card version {version} in the test project.");

    private static List<string> Describe(EvaluationResults results) =>
        [.. (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"))];

    private static JsonSchema Load(string version)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Schemas", version, "adaptive-card.json");
        // Each version gets its own registry: both files carry the same id.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(File.ReadAllText(path), options);
    }
}
