using Microsoft.Playwright;

namespace Rectification.Tests.Web;

/// <summary>The ledger pages in a real browser: filter the table, open a finding, see the charts.</summary>
public sealed class LedgerBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int TestTimeout = 120_000;

    [Fact(Timeout = TestTimeout)]
    public async Task FilteringTheTableByStatusLeavesOnlyThatStatusAndAFindingOpensFromIt()
    {
        var page = await host.OpenAsync("/ledger");
        var rows = page.Locator("table.ledger tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(29);

        await page.Locator("select[name='status']").SelectOptionAsync("InProgress");
        await page.Locator("form.filters button[type='submit']").ClickAsync();

        await page.WaitForURLAsync("**/ledger?status=InProgress**");
        var shown = await rows.CountAsync();
        Assert.InRange(shown, 1, 29);
        await Assertions.Expect(page.Locator("table.ledger tbody td.status-InProgress")).ToHaveCountAsync(shown);
        await BrowserHost.ScreenshotAsync(page, "ledger-in-progress");

        await page.Locator("tr[data-number='14'] td a").First.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("第14项");
        await Assertions.Expect(page.Locator("ol.measures li")).ToHaveCountAsync(3);
        await BrowserHost.ScreenshotAsync(page, "ledger-finding-14");
    }

    [Fact(Timeout = TestTimeout)]
    public async Task TheChartsPageShowsItsThreeCharts()
    {
        var page = await host.OpenAsync("/ledger/charts", locale: "en-US");

        await Assertions.Expect(page.Locator("svg.chart")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("figcaption").First).ToHaveTextAsync("Findings by status");
        var box = await page.Locator("svg.chart").First.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 50 });
        await BrowserHost.ScreenshotAsync(page, "ledger-charts");
    }
}
