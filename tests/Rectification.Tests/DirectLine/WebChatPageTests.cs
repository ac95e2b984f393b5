using System.Net;
using System.Net.Http.Headers;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.DirectLine;

/// <summary>The chat page and its token over real HTTP: the language it is written in, and who gets a token.</summary>
public sealed class WebChatPageTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData(null, "巡察整改助手")]
    [InlineData("fr-FR, en;q=0.8", "Rectification assistant")]
    [InlineData("en-US;q=0.5, zh-CN", "巡察整改助手")]
    public async Task ThePageIsInTheFirstOfTheBrowsersLanguagesTheBotSpeaks(string? acceptLanguage, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await fixture.Client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<title>{title}</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageLoadsWebChatFromTheBotItselfNotACdn()
    {
        var html = await fixture.Client.Http.GetStringAsync("/");
        using var script = await fixture.Client.Http.GetAsync("/assets/webchat.js");

        Assert.Contains("<script src=\"/assets/webchat.js\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task ALocalBrowserGetsATokenForANewConversationInDevelopment()
    {
        using var response = await fixture.Client.Http.PostAsync("/webchat/token", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"userId\":\"dl_", body, StringComparison.Ordinal);
        Assert.Contains("\"expires_in\":1800", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InProductionThePageGivesNoTokenWithoutSignIn()
    {
        using var factory = new BotApplicationFactory().InProduction().With("BotFramework:Enabled", "false");
        factory.StartServer();
        using var http = factory.CreateClient();

        using var response = await http.PostAsync("/webchat/token", content: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }.MediaType, response.Content.Headers.ContentType?.MediaType);
    }
}
