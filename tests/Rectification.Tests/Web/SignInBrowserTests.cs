using Microsoft.Playwright;

namespace Rectification.Tests.Web;

/// <summary>
/// Signing in in a real browser: Chromium opens the deployed bot's ledger, is sent to the (fake) Entra ID login page,
/// picks the account, comes back signed in and sees the ledger; and the chat page starts as that person.
/// </summary>
public sealed class SignInBrowserTests(SignInHost host) : IClassFixture<SignInHost>, IAsyncLifetime
{
    private const int TestTimeout = 120_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserHost.LaunchChromiumAsync(_playwright);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task APersonSignsInThroughEntraIdsLoginPageAndSeesTheLedger()
    {
        var page = await BrowserHost.OpenAsync(_browser!, new Uri(host.Address, "/ledger"));

        await Assertions.Expect(page).ToHaveTitleAsync("Sign in to your account");
        await BrowserHost.ScreenshotAsync(page, "signin-entra-login-page");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = SignInHost.LeaderName }).ClickAsync();

        await page.WaitForURLAsync(new Uri(host.Address, "/ledger").ToString());
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("金融发展促进中心组建有名无实");
        await BrowserHost.ScreenshotAsync(page, "signin-ledger");
    }

    [Fact(Timeout = TestTimeout)]
    public async Task ASignedInLeadersChatPageAnswersAsToThatLeader()
    {
        var page = await BrowserHost.OpenAsync(_browser!, new Uri(host.Address, "/"));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = SignInHost.LeaderName }).ClickAsync();
        await page.WaitForURLAsync(host.Address.ToString());

        await WebChatBrowserTests.SayAsync(page, "帮助");

        await Assertions.Expect(page.Locator(".ac-adaptiveCard").Last).ToContainTextAsync("销号第十四项");
        await BrowserHost.ScreenshotAsync(page, "signin-webchat-leader-help");
    }

    [Fact(Timeout = TestTimeout)]
    public async Task AnAccountTheBotDoesNotKnowSeesTheRefusalPage()
    {
        var page = await BrowserHost.OpenAsync(_browser!, new Uri(host.Address, "/ledger/charts"));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Visitor" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("无权查看");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(SignInHost.AdminName);
        await Assertions.Expect(page.Locator("svg.chart")).ToHaveCountAsync(0);
        await BrowserHost.ScreenshotAsync(page, "signin-stranger-refused");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
