using Microsoft.Playwright;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Web;

/// <summary>
/// The real bot on 127.0.0.1 and Debian's Chromium, headless, driven by Playwright (a Playwright browser download
/// cannot work here, so its executable is given). Every wait is bounded; screenshots go to TestResults/screenshots.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The longest any one step waits for the page.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(20);

    private IPlaywright? _playwright;

    public BotApplicationFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Factory.StartServer();
        using var client = Factory.CreateClient();
        Address = client.BaseAddress!;
        Assert.Equal("127.0.0.1", Address.Host);
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless, with every wait bounded.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = (float)StepTimeout.TotalMilliseconds,
            // As root, without a sandbox; and no calls home, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page in its own context, speaking <paramref name="locale"/>.</summary>
    public Task<IPage> OpenAsync(string path, string locale = "zh-CN") => OpenAsync(Browser, new Uri(Address, path), locale);

    /// <summary>A new page of <paramref name="browser"/> in its own context (its own cookies), speaking <paramref name="locale"/>.</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, Uri address, string locale = "zh-CN")
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1000, Height = 900 },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = locale },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);
        await page.GotoAsync(address.ToString());
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Factory.Dispose();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Rectification.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? AppContext.BaseDirectory;
    }
}
