using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Bot.Channels.DirectLine;
using Rectification.Domain.People;
using Rectification.Tests.Fakes;
using Rectification.Tests.Reporting.Chat;

namespace Rectification.Tests.Web;

/// <summary>
/// Who may see the web pages when deployed: people sign in with Entra ID (a fake one on loopback speaking OpenID
/// Connect), and the signed-in account is a person of the people directory, with their role, in the chat too.
/// </summary>
public sealed class WebSignInTests(SignInHost host) : IClassFixture<SignInHost>
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("/ledger")]
    [InlineData("/ledger/14")]
    [InlineData("/ledger/charts")]
    [InlineData("/")]
    public async Task AnAnonymousVisitorIsSentToSignInWithEntraId(string path)
    {
        using var browser = host.NewBrowser(followRedirects: false);

        using var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var login = response.Headers.Location!;
        Assert.StartsWith(host.Entra.Instance.AbsoluteUri + FakeEntraSignIn.TenantId + "/oauth2/v2.0/authorize?", login.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("client_id=" + FakeEntraSignIn.ClientId, login.Query, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", login.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousVisitorGetsNoChatToken()
    {
        using var browser = host.NewBrowser(followRedirects: false);

        using var response = await browser.PostAsync(WebChatTokenEndpoint.Path, content: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ARegisteredPersonSignsInAndSeesTheLedger()
    {
        using var browser = host.NewBrowser();

        using var page = await host.SignInAsync(browser, "/ledger?status=InProgress", host.Leader);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/ledger", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("?status=InProgress", page.RequestMessage.RequestUri.Query);
        Assert.Contains("金融发展促进中心组建有名无实", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(host.Entra.Refusals);
        using var finding = await browser.GetAsync("/ledger/14");
        Assert.Equal(HttpStatusCode.OK, finding.StatusCode);
    }

    [Fact]
    public async Task ASignedInLeadersChatActsAsThatLeader()
    {
        using var browser = host.NewBrowser();
        using var _ = await host.SignInAsync(browser, "/", host.Leader);

        var grant = await SignInHost.WebChatTokenAsync(browser);
        var answers = await host.ChatAsync(grant.Token, "帮助");

        Assert.Equal(host.Leader.ObjectId, grant.UserId);
        Assert.Equal(SignInHost.LeaderName, grant.UserName);
        var help = JsonSerializer.Serialize(answers.SelectMany(a => a.Attachments ?? []).Select(a => a.Content), Readable);
        Assert.Contains("销号第十四项", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccountTheBotDoesNotKnowSeesA403PageSayingWhomToAsk()
    {
        using var browser = host.NewBrowser();

        using var page = await host.SignInAsync(browser, "/ledger", host.Stranger);
        using var token = await browser.PostAsync(WebChatTokenEndpoint.Path, content: null);
        using var chat = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("visitor@office.example", html, StringComparison.Ordinal);
        Assert.Contains(SignInHost.AdminName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("金融发展促进中心", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, chat.StatusCode);
    }

    [Fact]
    public async Task TheRefusalIsInTheBrowsersLanguage()
    {
        using var browser = host.NewBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        using var page = await host.SignInAsync(browser, "/ledger/charts", host.Stranger);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Please ask an administrator: " + SignInHost.AdminName, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonRemovedAfterSigningInSeesNothingAtTheNextRequest()
    {
        var account = host.Entra.AddAccount("赵离职", "zhao@office.example");
        await host.Factory.AddPersonAsync(account.ObjectId, "赵离职", PersonRole.Staff);
        using var browser = host.NewBrowser();
        using var signedIn = await host.SignInAsync(browser, "/ledger", account);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var removed = await scope.ServiceProvider.GetRequiredService<AdministrationService>()
                .RemovePersonAsync(Actor.Operator("test"), account.ObjectId, CancellationToken.None);
            Assert.NotEqual(PersonChangeKind.Refused, removed.Kind);
        }

        using var after = await browser.GetAsync("/ledger");
        using var token = await browser.PostAsync(WebChatTokenEndpoint.Path, content: null);

        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
    }

    [Fact]
    public async Task ReadinessSaysPeopleSignInWithEntraId()
    {
        using var browser = host.NewBrowser();

        var body = await browser.GetStringAsync("/readyz");

        Assert.Contains("\"web-sign-in\":{\"status\":\"Healthy\",\"description\":\"People sign in with Entra ID.\"}", body, StringComparison.Ordinal);
    }
}
