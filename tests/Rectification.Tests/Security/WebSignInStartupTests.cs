using System.Net;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Security;

/// <summary>The WebSignIn section is checked at start-up: said either way in Production, and complete when on.</summary>
public sealed class WebSignInStartupTests
{
    [Fact]
    public void InProductionTheBotRefusesToStartUntilWebSignInSaysWhetherPeopleSignIn()
    {
        using var factory = new BotApplicationFactory().InProduction().With("BotFramework:Enabled", "false").With("WebSignIn:Enabled", null);

        var refusal = StartupRefusal.Of(factory);

        Assert.Contains("Security:Mode is Production, so WebSignIn:Enabled must be set", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WebSignIn:TenantId", "common", "WebSignIn:TenantId must be the office's Entra tenant id")]
    [InlineData("WebSignIn:ClientId", "", "WebSignIn:ClientId must be the app registration's application (client) id")]
    [InlineData("WebSignIn:ClientSecret", "", "WebSignIn:ClientSecret must be set")]
    [InlineData("WebSignIn:Instance", "http://login.example/", "WebSignIn:Instance must be an https address")]
    public void AnIncompleteSignInIsRefusedNamingTheKey(string key, string value, string problem)
    {
        using var factory = new BotApplicationFactory().InProduction().With("BotFramework:Enabled", "false")
            .With("WebSignIn:Enabled", "true")
            .With("WebSignIn:TenantId", "5b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")
            .With("WebSignIn:ClientId", "0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9")
            .With("WebSignIn:ClientSecret", "secret")
            .With(key, value);

        var refusal = StartupRefusal.Of(factory);

        Assert.Contains(problem, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InProductionWithSignInOffNoPageIsServedAndReadinessSaysSo()
    {
        using var factory = new BotApplicationFactory().InProduction().With("BotFramework:Enabled", "false");
        factory.StartServer();
        using var http = factory.CreateClient();

        using var ledger = await http.GetAsync("/ledger");
        using var chat = await http.GetAsync("/");
        var readiness = await http.GetStringAsync("/readyz");

        Assert.Equal(HttpStatusCode.NotFound, ledger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, chat.StatusCode);
        Assert.Contains("\"web-sign-in\":{\"status\":\"Healthy\",\"description\":\"Off: no web page is served.\"}", readiness, StringComparison.Ordinal);
    }
}
