using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.Console;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Localization;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.LedgerFiles;

/// <summary>
/// 导出台账 and 进度图 in chat, where the channel takes no file (Bot Framework: the emulator, as Teams) and where it
/// writes the file down (the console); who may export; the words that ask; the digest's way to the chart.
/// </summary>
public sealed class ChatFileTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private static readonly MessageRecognizer Recognizer = new();

    public static TheoryData<string, Intent> Phrasings => new()
    {
        { "导出台账", new ExportLedgerIntent() },
        { "请导出整改台账", new ExportLedgerIntent() },
        { "export ledger", new ExportLedgerIntent() },
        { "/export", new ExportLedgerIntent() },
        { "进度图", new ProgressChartIntent() },
        { "发一下整改进度图", new ProgressChartIntent() },
        { "progress chart", new ProgressChartIntent() },
        { "/chart", new ProgressChartIntent() },
        { "report progress on item 14", new ReportIntent(14) },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void FileRequestsAreRecognizedInBothLanguages(string text, Intent expected) =>
        Assert.Equal(expected, Recognizer.Recognize(text, Understanding.AnnouncementFindings.Context).Intent);

    [Fact]
    public async Task StaffAreRefusedTheLedgerAndToldWhomToAsk()
    {
        var admin = await AddPersonAsync(PersonRole.Admin, "赵管理");
        var staff = await AddPersonAsync(PersonRole.Staff, "钱科员");

        var reply = Assert.Single(await fixture.Client.AskAsync("导出台账", userId: staff));

        Assert.Contains(Texts.Chinese.LedgerExportLeadersOnly, reply.Text, StringComparison.Ordinal);
        Assert.Contains("赵管理", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Attachments);
        Assert.NotNull(admin);
    }

    [Fact]
    public async Task ALeaderOnAChannelThatTakesNoFilesIsToldWhereTheLedgerIs()
    {
        var leader = await AddPersonAsync(PersonRole.Leader, "孙领导");

        var reply = Assert.Single(await fixture.Client.AskAsync("export ledger", userId: leader));

        Assert.Equal(Texts.English.LedgerFileNotHere, reply.Text);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task TheProgressChartComesAsAnInlinePicture()
    {
        var reply = Assert.Single(await fixture.Client.AskAsync("进度图", userId: "anyone-" + Guid.NewGuid().ToString("N")));

        var image = Assert.Single(reply.Attachments!);
        Assert.Equal("image/png", image.ContentType);
        Assert.StartsWith("data:image/png;base64,", image.ContentUrl, StringComparison.Ordinal);
        var png = Convert.FromBase64String(image.ContentUrl!["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.EndsWith(".png", image.Name, StringComparison.Ordinal);
        Assert.Contains("整改进度图", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheConsoleWritesTheLedgerToATemporaryFileAndSaysWhere()
    {
        var leader = await AddPersonAsync(PersonRole.Leader, "李领导");
        var session = fixture.Factory.Services.GetRequiredService<ConsoleChatSession>();
        using var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        await session.RunAsync(new StringReader("导出台账\n"), output, new ConsoleIdentity(leader, "李领导", null), timeout.Token);

        var text = output.ToString();
        var saved = text.Split('\n').Single(l => l.StartsWith("文件已保存到：", StringComparison.Ordinal))["文件已保存到：".Length..].Trim();
        try
        {
            using var workbook = SpreadsheetDocument.Open(saved, false);
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["整改台账", "汇总"], sheets);
            Assert.StartsWith("整改台账-", Path.GetFileName(saved), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(saved)!, recursive: true);
        }
    }

    [Fact]
    public void TheDigestOffersTheProgressChartInItsLanguage()
    {
        foreach (var language in new[] { Language.Chinese, Language.English })
        {
            var message = DigestMessages.ToMessage(DigestMessages.Build([], TimeZoneInfo.Utc, DateTimeOffset.UtcNow, new()), language);

            var suggestion = Assert.Single(message.Suggestions);
            Assert.Equal(Texts.For(language).ChartButtonTitle, suggestion.Title);
            Assert.IsType<ProgressChartIntent>(Recognizer.Recognize(suggestion.Text, Understanding.AnnouncementFindings.Context).Intent);
        }
    }

    private async Task<string> AddPersonAsync(PersonRole role, string name)
    {
        var id = $"{role}-{Guid.NewGuid():N}";
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        ledger.People.Add(new Person(id, new ChannelIdentity(IdentityRealm.Microsoft, id), name, role, null, DateTime.UtcNow));
        await ledger.SaveChangesAsync();
        return id;
    }
}
