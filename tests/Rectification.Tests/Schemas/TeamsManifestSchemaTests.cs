using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Schemas;

/// <summary>
/// The Teams app manifest (teams-app/manifest.json), with its placeholders filled as teams-app/package.sh fills them,
/// validates against Microsoft's official schema of the version it declares (Schemas/teams-1.19, see ORIGIN.md there).
/// </summary>
public sealed class TeamsManifestSchemaTests
{
    private static readonly Dictionary<string, string> PackageValues = new()
    {
        ["{{TEAMS_APP_ID}}"] = "6f1c2a9e-4b7d-4e25-9a51-0c3d8e7f6b12",
        ["{{MICROSOFT_APP_ID}}"] = "00000000-0000-0000-0000-000000000001",
        ["{{BOT_DOMAIN}}"] = "rectification.example.org",
        ["{{DEVELOPER_NAME}}"] = "武汉市地方金融工作局",
    };

    [Fact]
    public void TheTeamsManifestValidatesAgainstTheOfficialSchemaOfItsDeclaredVersion()
    {
        var manifest = JsonNode.Parse(Packaged())!.AsObject();
        Assert.Equal("1.19", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);

        var results = Schema().Evaluate(JsonDocument.Parse(Packaged()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, string.Join("\n", Problems(results)));
    }

    [Fact]
    public void AManifestBreakingTheSchemaIsCaught()
    {
        var manifest = JsonNode.Parse(Packaged())!.AsObject();
        manifest["id"] = "not-a-guid";
        manifest.Remove("developer");

        var results = Schema().Evaluate(JsonDocument.Parse(manifest.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(results.IsValid);
    }

    private static string Packaged()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFolder.Root(), "teams-app", "manifest.json"));
        foreach (var (placeholder, value) in PackageValues)
        {
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        return text;
    }

    // Declared draft-04, written with draft-06's const: read as draft-07 (ORIGIN.md).
    private static JsonSchema Schema()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "teams-1.19", "MicrosoftTeams.schema.json"))
            .Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static IEnumerable<string> Problems(EvaluationResults results) =>
        (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}"));
}
