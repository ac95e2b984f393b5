using System.Net;
using System.Text.Json;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Api;

public sealed class FindingsApiTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly HttpClient _http = fixture.Client.Http;

    [Fact]
    public async Task TheListHasTheTwentyNineFindingsWithStatusAndMeasureCounts()
    {
        var findings = await GetJsonAsync("/api/findings");

        Assert.Equal(29, findings.GetArrayLength());
        var fourteen = findings.EnumerateArray().Single(f => f.GetProperty("number").GetInt32() == 14);
        Assert.Equal("InProgress", fourteen.GetProperty("status").GetString());
        Assert.Equal(3, fourteen.GetProperty("measures").GetProperty("total").GetInt32());
        Assert.Equal(3, fourteen.GetProperty("measures").GetProperty("completed").GetInt32());
        Assert.Equal(JsonValueKind.Object, fourteen.GetProperty("lastUpdate").ValueKind);
    }

    [Fact]
    public async Task OneFindingHasItsMeasuresNextStepsAndHistory()
    {
        var finding = await GetJsonAsync("/api/findings/4");

        Assert.Equal(4, finding.GetProperty("measures").GetArrayLength());
        Assert.Equal("InProgress", finding.GetProperty("measures")[0].GetProperty("status").GetString());
        Assert.Equal(1, finding.GetProperty("nextSteps").GetArrayLength());
        Assert.True(Enum.TryParse<Rectification.Domain.Findings.MeasureStatus>(finding.GetProperty("nextSteps")[0].GetProperty("status").GetString(), out _));
        Assert.Equal("Announced", finding.GetProperty("history")[0].GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("30")]
    [InlineData("0")]
    [InlineData("abc")]
    public async Task AnUnknownFindingIs404WithAProblemNamingTheRange(string number)
    {
        using var response = await _http.GetAsync($"/api/findings/{number}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("1–29", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}

/// <summary>In Production the ledger is only readable with an API key.</summary>
public sealed class FindingsApiKeyTests : IDisposable
{
    private readonly BotApplicationFactory _factory = new BotApplicationFactory()
        .InProduction("integration-key")
        .With("MicrosoftAppId", "00000000-0000-0000-0000-000000000001")
        .With("MicrosoftAppPassword", "test-secret")
        .With("MicrosoftAppTenantId", "00000000-0000-0000-0000-000000000002");

    [Fact]
    public async Task WithoutAKeyTheApiAnswers401()
    {
        using var response = await _factory.CreateClient().GetAsync("/api/findings");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AWrongKeyIsRefused()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "guess");

        using var response = await client.GetAsync("/api/findings/14");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AConfiguredKeyOpensTheApi()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "integration-key");

        using var response = await client.GetAsync("/api/findings/14");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
