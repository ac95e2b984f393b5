using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Rectification.Bot.Channels.DirectLine;
using Rectification.Domain.People;
using Rectification.Tests.Fakes;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting.Chat;

namespace Rectification.Tests.Web;

/// <summary>
/// The bot as deployed with web sign-in (Security:Mode Production, WebSignIn on, the Bot Framework channel off),
/// signing people in through a fake Entra ID on loopback. Three accounts: a leader registered by their Teams account
/// (the Entra object id is that account's AAD object id), an admin, and one the people directory does not have.
/// </summary>
public sealed class SignInHost : IAsyncLifetime
{
    public const string LeaderName = "李局长";
    public const string AdminName = "钱管理";

    private FakeEntraSignIn? _entra;

    public BotApplicationFactory Factory { get; } = new BotApplicationFactory().InProduction().With("BotFramework:Enabled", "false");

    public Uri Address { get; private set; } = null!;

    internal FakeEntraSignIn Entra => _entra!;

    internal FakeEntraAccount Leader { get; private set; } = null!;

    internal FakeEntraAccount Stranger { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _entra = await FakeEntraSignIn.StartAsync();
        Leader = _entra.AddAccount(LeaderName, "li.juzhang@office.example");
        Stranger = _entra.AddAccount("Visitor", "visitor@office.example");
        Factory.With("WebSignIn:Enabled", "true")
            .With("WebSignIn:Instance", _entra.Instance.AbsoluteUri)
            .With("WebSignIn:TenantId", FakeEntraSignIn.TenantId)
            .With("WebSignIn:ClientId", FakeEntraSignIn.ClientId)
            .With("WebSignIn:ClientSecret", FakeEntraSignIn.ClientSecret);
        Factory.StartServer();
        using var client = Factory.CreateClient();
        Address = client.BaseAddress!;
        await Factory.AddPersonAsync(new ChannelIdentity(IdentityRealm.Microsoft, "29:teams-leader", AlternateUserId: Leader.ObjectId), LeaderName, PersonRole.Leader);
        await Factory.AddPersonAsync("29:teams-admin", AdminName, PersonRole.Admin);
    }

    /// <summary>A browser of its own (cookies, redirects followed or not) at the bot's address.</summary>
    public HttpClient NewBrowser(bool followRedirects = true) =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects, UseCookies = true })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Opens <paramref name="path"/>, is sent to Entra's login page, picks the account: the page it ends on.</summary>
    internal async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string path, FakeEntraAccount account)
    {
        using var loginPage = await browser.GetAsync(path);
        Assert.True(loginPage.StatusCode == HttpStatusCode.OK, $"{loginPage.StatusCode} at {loginPage.RequestMessage?.RequestUri}: {await loginPage.Content.ReadAsStringAsync()}");
        var login = loginPage.RequestMessage!.RequestUri!;
        Assert.StartsWith(Entra.Instance.AbsoluteUri, login.AbsoluteUri, StringComparison.Ordinal);
        using var choice = new FormUrlEncodedContent(new Dictionary<string, string> { ["account"] = account.ObjectId });
        return await browser.PostAsync(login, choice);
    }

    /// <summary>The chat page's token, as the page asks for it with the browser's cookies.</summary>
    internal static async Task<WebChatTokenEndpoint.WebChatGrant> WebChatTokenAsync(HttpClient browser)
    {
        using var response = await browser.PostAsync(WebChatTokenEndpoint.Path, content: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<WebChatTokenEndpoint.WebChatGrant>(DirectLineJson.Options))!;
    }

    /// <summary>Starts the token's conversation, says <paramref name="text"/> and returns the bot's answers to it.</summary>
    public async Task<IReadOnlyList<DirectLineActivity>> ChatAsync(string token, string text)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.PostAsync("/v3/directline/conversations", content: null);
        var conversation = (await started.Content.ReadFromJsonAsync<DirectLineConversation>(DirectLineJson.Options))!;
        var before = (await ActivitiesAsync(http, conversation.ConversationId!)).Watermark;
        var message = new DirectLineActivity { Type = "message", Text = text, Locale = "zh-CN", From = new DirectLineAccount { Id = "whoever" } };
        using var posted = await http.PostAsJsonAsync($"/v3/directline/conversations/{conversation.ConversationId}/activities", message, DirectLineJson.Options);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var after = await ActivitiesAsync(http, conversation.ConversationId!, before);
        return [.. after.Activities.Where(a => a.From?.Role != "user")];
    }

    public async Task DisposeAsync()
    {
        Factory.Dispose();
        if (_entra is not null)
        {
            await _entra.DisposeAsync();
        }
    }

    private static async Task<DirectLineActivitySet> ActivitiesAsync(HttpClient http, string conversationId, string? watermark = null)
    {
        var query = watermark is null ? string.Empty : "?watermark=" + watermark;
        return (await http.GetFromJsonAsync<DirectLineActivitySet>($"/v3/directline/conversations/{conversationId}/activities{query}", DirectLineJson.Options))!;
    }
}
