using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Web;

/// <summary>The read-only ledger pages over real HTTP, on the bundled announcement's ledger.</summary>
public sealed class LedgerPagesTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly HttpClient _http = fixture.Client.Http;

    [Fact]
    public async Task TheLedgerTableListsEveryFindingOfTheRoundInChinese()
    {
        var html = await GetAsync("/ledger");

        Assert.Equal(29, Rows(html));
        Assert.Contains("金融发展促进中心组建有名无实", html, StringComparison.Ordinal);
        Assert.Contains("<th>责任部门</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th>督办</th>", html, StringComparison.Ordinal);
        Assert.Contains("显示 29 项，共 29 项", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishBrowserGetsTheLedgerInEnglish()
    {
        var html = await GetAsync("/ledger", "en-US,en;q=0.9");

        Assert.Contains("Showing 29 of 29", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-US\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilteringByStatusShowsOnlyFindingsOfThatStatus()
    {
        var all = await GetAsync("/ledger");
        var inProgress = await GetAsync("/ledger?status=InProgress");
        var signedOff = await GetAsync("/ledger?status=signedoff");

        Assert.Equal(Rows(all), Rows(inProgress) + Rows(signedOff) + Rows(await GetAsync("/ledger?status=Completed")));
        Assert.Contains("data-number=\"14\"", inProgress, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"status-SignedOff\"", inProgress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilteringByDepartmentOrOverdueShowsOnlyThoseFindings()
    {
        var factory = fixture.Factory;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var assign = scope.ServiceProvider.GetServices<Rectification.Bot.Hosting.Commands.IBotCommand>().Single(c => c.Name == "assign");
            Assert.Equal(0, await assign.RunAsync(["14", "--department", "网页测试处", "--leader", "王五", "--due", "2020-01-31"], CancellationToken.None));
        }

        var html = await GetAsync("/ledger?department=" + Uri.EscapeDataString("网页测试处"));
        var overdue = await GetAsync("/ledger?overdue=1");

        Assert.Equal(1, Rows(html));
        Assert.Contains("data-number=\"14\" class=\"overdue\"", html, StringComparison.Ordinal);
        // Long overdue: 红色督办 with its working days, as the status card says it.
        Assert.Matches("<td class=\"supervision-Red\">红色督办 · 已逾期 [0-9]+ 个工作日</td>", WebUtility.HtmlDecode(html));
        Assert.Contains("王五", html, StringComparison.Ordinal);
        Assert.Equal(1, Rows(overdue));
        Assert.Contains("data-number=\"14\"", overdue, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ledger?status=Lost")]
    [InlineData("/ledger?status=1")]
    [InlineData("/ledger?overdue=maybe")]
    public async Task AFilterThePageDoesNotKnowIsABadRequestSayingWhich(string path)
    {
        using var response = await _http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("无法识别", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFindingsPageHasItsMeasuresNextStepsAndHistory()
    {
        var html = await GetAsync("/ledger/14");

        Assert.Contains("第14项", html, StringComparison.Ordinal);
        Assert.Contains("定期组织中心同志交心谈心", html, StringComparison.Ordinal);
        Assert.Contains("下步将依法依规加快事业单位班子组建工作", html, StringComparison.Ordinal);
        // A next step shows its status as a measure does (未开始, 进行中…).
        Assert.Matches(@"<li><span class=""measure-(NotStarted|InProgress|Completed)"">[^<]+</span> 下步将依法依规加快事业单位班子组建工作", html);
        Assert.Contains("<h2>进展记录</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>佐证材料</h2>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("abc")]
    public async Task AnUnknownFindingIsNotFound(string number)
    {
        using var response = await _http.GetAsync("/ledger/" + number);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"没有第{number}项问题", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheChartsPageDrawsABarPerStatusDepartmentAndFinding()
    {
        var html = await GetAsync("/ledger/charts");

        Assert.Equal(3, Count(html, "<svg class=\"chart\""));
        Assert.Contains("<title>整改中: ", html, StringComparison.Ordinal);
        Assert.True(Count(html, "<g class=\"bar\">") >= 3 + 1 + 29);
    }

    [Fact]
    public async Task ThePagesAreReadOnly()
    {
        using var post = await _http.PostAsync("/ledger/14", content: null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    private async Task<string> GetAsync(string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static int Rows(string html) => Count(html, "<tr data-number=");

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
