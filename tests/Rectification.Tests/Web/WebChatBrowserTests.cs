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

    /// <summary>Types once the chat is connected: the bot's greeting has arrived (typed before, Web Chat drops the text).</summary>
    private static async Task SayAsync(IPage page, string text)
    {
        await page.Locator(".webchat__basic-transcript__activity").First.WaitForAsync();
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }
}
