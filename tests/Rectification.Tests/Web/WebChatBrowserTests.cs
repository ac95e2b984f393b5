using Microsoft.Playwright;

namespace Rectification.Tests.Web;

/// <summary>Microsoft's Web Chat at / in a real browser, against the bot's own Direct Line endpoint.</summary>
public sealed class WebChatBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int TestTimeout = 120_000;

    [Fact(Timeout = TestTimeout)]
    public async Task AskingAboutItemFourteenShowsItsStatusCardAndItsButtonAnswers()
    {
        var page = await host.OpenAsync("/");

        await SayAsync(page, "第十四项进展如何");
        var card = page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "金融发展促进中心组建有名无实" });
        await card.First.WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "webchat-status-14");
        var cardsBefore = await page.Locator(".ac-adaptiveCard").CountAsync();

        await card.First.Locator("button.ac-pushButton").First.ClickAsync();

        await Assertions.Expect(page.Locator(".ac-adaptiveCard")).Not.ToHaveCountAsync(cardsBefore);
        await BrowserHost.ScreenshotAsync(page, "webchat-status-14-pressed");
    }

    [Fact(Timeout = TestTimeout)]
    public async Task SuggestedActionsAppearAsButtonsThatAnswerWhenPressed()
    {
        var page = await host.OpenAsync("/");

        await SayAsync(page, "今天中午吃什么");
        var help = page.Locator("button.webchat__suggested-action").Filter(new LocatorFilterOptions { HasText = "帮助" });
        await help.First.WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "webchat-suggested-actions");
        var cardsBefore = await page.Locator(".ac-adaptiveCard").CountAsync();

        await help.First.ClickAsync();

        await Assertions.Expect(page.Locator(".ac-adaptiveCard")).Not.ToHaveCountAsync(cardsBefore);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task ThePageSpeaksEnglishToAnEnglishBrowser()
    {
        var page = await host.OpenAsync("/", locale: "en-US");

        await Assertions.Expect(page).ToHaveTitleAsync("Rectification assistant");
        await page.Locator("[data-id='webchat-sendbox-input']").WaitForAsync();
    }

    [Fact(Timeout = TestTimeout)]
    public async Task AShortProgressDialogRunsThroughItsButtonsToTheSavedCard()
    {
        var page = await host.OpenAsync("/");

        await SayAsync(page, "汇报第十四项进展");
        await PressAsync(page, "措施3");
        await PressAsync(page, "推进中");
        await page.Locator(".webchat__basic-transcript__activity").Filter(new LocatorFilterOptions { HasText = "请简要说明做了哪些工作" }).Last.WaitForAsync();
        await SayAsync(page, "已召开班子组建专题会议");
        await PressAsync(page, "无");
        var confirm = page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = "请确认以下进展" }).Last;
        await Assertions.Expect(confirm).ToContainTextAsync("已召开班子组建专题会议");
        await BrowserHost.ScreenshotAsync(page, "webchat-progress-confirm");
        await confirm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "确认保存" }).ClickAsync();

        // The saved note and the finding's new status card arrive as two messages, in either order of drawing.
        await page.Locator(".webchat__basic-transcript__activity").Filter(new LocatorFilterOptions { HasText = "已记录第14项的进展：措施3：已完成 → 推进中" }).WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "webchat-progress-saved");
    }

    /// <summary>Presses the latest button of that name (a suggested action or a card's), once it has arrived.</summary>
    private static async Task PressAsync(IPage page, string name)
    {
        var button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true }).Last;
        await button.WaitForAsync();
        await button.ClickAsync();
    }

    /// <summary>Types once the chat is connected: the bot's greeting has arrived (typed before, Web Chat drops the text).</summary>
    internal static async Task SayAsync(IPage page, string text)
    {
        await page.Locator(".webchat__basic-transcript__activity").First.WaitForAsync();
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }
}
