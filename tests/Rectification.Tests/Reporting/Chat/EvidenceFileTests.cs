using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.Findings;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>
/// Evidence files sent through the Bot Framework (Teams, the emulator): a Teams file is kept as its download URL, its
/// type and size are checked against EvidenceFiles settings, the sender's file name is display text only.
/// </summary>
public sealed class EvidenceFileTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private const string DownloadUrl = "https://contoso-my.sharepoint.com/download.aspx?UniqueId=1150d938&tempauth=x";

    private readonly BotClient _bot = fixture.Client;
    private readonly BotApplicationFactory _factory = fixture.Factory;

    [Fact]
    public async Task ATeamsFileIsKeptAsItsDownloadUrlWithItsNameShownAsSent()
    {
        var withFile = TestActivities.Message("补充第20项佐证", "file-teams");
        withFile.Attachments = [TeamsFile("整改方案（定稿）.docx", "docx")];

        Assert.Contains("补充佐证材料", TextOf(await _bot.SendAsync(withFile)), StringComparison.Ordinal);

        var added = (await _factory.FindingAsync(20)).LastEntry!;
        Assert.Equal(ProgressEntryKind.EvidenceAdded, added.Kind);
        Assert.Equal("整改方案（定稿）.docx", added.EvidenceName);
        Assert.Equal(DownloadUrl, added.EvidenceUrl);
    }

    [Fact]
    public async Task ATeamsFileWithoutAnExtensionTakesItsFileType()
    {
        var withFile = TestActivities.Message("evidence for 21", "file-teams-type");
        withFile.Attachments = [TeamsFile("minutes", "pdf")];

        Assert.Contains("Evidence added", TextOf(await _bot.SendAsync(withFile)), StringComparison.Ordinal);

        Assert.Equal("minutes.pdf", (await _factory.FindingAsync(21)).LastEntry!.EvidenceName);
    }

    [Fact]
    public async Task AFileOfAKindNotTakenIsRefusedInChineseAndNothingIsRecorded()
    {
        var before = await _factory.HistoryCountAsync(22);
        var withFile = TestActivities.Message("补充第22项佐证", "file-exe");
        withFile.Attachments = [TeamsFile("setup.exe", "exe")];

        var refusal = TextOf(await _bot.SendAsync(withFile));

        Assert.Contains("附件“setup.exe”的类型", refusal, StringComparison.Ordinal);
        Assert.Contains("不能作为佐证材料", refusal, StringComparison.Ordinal);
        Assert.Contains(".pdf", refusal, StringComparison.Ordinal);
        Assert.Contains("请发送第22项的佐证材料", refusal, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(22));
    }

    [Fact]
    public async Task AnEnglishRefusalNamesTheKindsTaken()
    {
        var withFile = TestActivities.Message("evidence for 23", "file-script");
        withFile.Attachments = [new Attachment { ContentType = "application/x-msdownload", Name = "run.bat", ContentUrl = "https://files.example.org/run.bat" }];

        var refusal = TextOf(await _bot.SendAsync(withFile));

        Assert.Contains("The file \"run.bat\" (application/x-msdownload) is not accepted as evidence", refusal, StringComparison.Ordinal);
        Assert.Contains(".docx", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderInTheNameAndInvisibleCharactersAreNotKept()
    {
        var withFile = TestActivities.Message("补充第24项佐证", "file-path");
        withFile.Attachments = [new Attachment { ContentType = "image/png", Name = "..\\..\\C:\\temp/照片\u202Egnp.png", ContentUrl = "https://files.example.org/p.png" }];

        Assert.Contains("补充佐证材料", TextOf(await _bot.SendAsync(withFile)), StringComparison.Ordinal);

        Assert.Equal("照片gnp.png", (await _factory.FindingAsync(24)).LastEntry!.EvidenceName);
    }

    [Fact]
    public async Task AFileSentWithAOneMessageUpdateIsRefusedWithoutRecordingTheUpdate()
    {
        var before = await _factory.HistoryCountAsync(25);
        var withFile = TestActivities.Message("update 25.1: drafted the plan 40%", "file-update");
        withFile.Attachments = [TeamsFile("plan.zip", "zip")];

        Assert.Contains("is not accepted as evidence", TextOf(await _bot.SendAsync(withFile)), StringComparison.Ordinal);
        Assert.Equal(before, await _factory.HistoryCountAsync(25));
    }

    private static Attachment TeamsFile(string name, string fileType) => new()
    {
        ContentType = "application/vnd.microsoft.teams.file.download.info",
        ContentUrl = "https://contoso-my.sharepoint.com/personal/li/Documents/" + name,
        Name = name,
        Content = new JsonObject { ["downloadUrl"] = DownloadUrl, ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C", ["fileType"] = fileType },
    };
}

/// <summary>The EvidenceFiles settings are checked at start-up, naming the key.</summary>
public sealed class EvidenceFileSettingsTests
{
    [Theory]
    [InlineData("EvidenceFiles:MaxBytes", "0", "EvidenceFiles:MaxBytes")]
    [InlineData("EvidenceFiles:AllowedContentTypes:0", "pdf", "EvidenceFiles:AllowedContentTypes")]
    public void ASettingThatMakesNoSenseStopsTheBotNamingIt(string key, string value, string named)
    {
        using var factory = new BotApplicationFactory().With(key, value);

        var refusal = Record.Exception(factory.StartServer);

        Assert.NotNull(refusal);
        Assert.Contains(named, refusal.Message, StringComparison.Ordinal);
    }
}
