using Rectification.Domain.Findings;
using Rectification.Tests.Reporting.Chat;

namespace Rectification.Tests.Telegram;

/// <summary>
/// Evidence files in Telegram: a document or photo is kept as its file id (telegram:file/…), its type and size are
/// checked against the EvidenceFiles settings (here 1 MB), and a refusal is said in the person's language.
/// </summary>
public sealed class TelegramEvidenceFileTests(TelegramEvidenceFileTests.Host host) : IClassFixture<TelegramEvidenceFileTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public TelegramBotHost Telegram { get; } = new TelegramBotHost().With("EvidenceFiles:MaxBytes", "1048576");

        public Task InitializeAsync() => Telegram.InitializeAsync();

        public Task DisposeAsync() => Telegram.DisposeAsync();
    }

    [Fact]
    public async Task ADocumentWithACaptionIsKeptAsItsFileId()
    {
        var chat = host.Telegram.NewChat();

        var reply = TelegramChat.Messages(await chat.SendDocumentAsync("补充第19项佐证", "BQACAgIAAxkBAAI", "会议纪要.pdf", "application/pdf", 52_000))[0].Text;

        Assert.Contains("补充佐证材料", reply, StringComparison.Ordinal);
        Assert.Contains("会议纪要.pdf", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("telegram:file", reply, StringComparison.Ordinal);
        var added = (await host.Telegram.Factory.FindingAsync(19)).LastEntry!;
        Assert.Equal(ProgressEntryKind.EvidenceAdded, added.Kind);
        Assert.Equal("会议纪要.pdf", added.EvidenceName);
        Assert.Equal("telegram:file/BQACAgIAAxkBAAI", added.EvidenceUrl);
    }

    [Fact]
    public async Task APhotoSentWhenTheBotAsksForEvidenceIsKeptAsItsLargestSize()
    {
        var chat = host.Telegram.NewChat("en");
        Assert.Contains("Please send the evidence for item 26", TelegramChat.Only(await chat.SayAsync("add evidence to 26")).Text, StringComparison.Ordinal);

        var reply = TelegramChat.Messages(await chat.SendPhotoAsync(null, "AgACAgIAAxkBAAIL"))[0].Text;

        Assert.Contains("Evidence added", reply, StringComparison.Ordinal);
        var added = (await host.Telegram.Factory.FindingAsync(26)).LastEntry!;
        Assert.Equal("telegram:file/AgACAgIAAxkBAAIL", added.EvidenceUrl);
        Assert.Equal("file.jpg", added.EvidenceName);
    }

    [Fact]
    public async Task ADocumentOverTheLimitIsRefusedInChineseWithTheLimit()
    {
        var chat = host.Telegram.NewChat();
        var before = await host.Telegram.Factory.HistoryCountAsync(27);

        var reply = TelegramChat.Messages(await chat.SendDocumentAsync("补充第27项佐证", "BQACbig", "现场照片合集.pdf", "application/pdf", 5 * 1024 * 1024));

        Assert.Contains("附件“现场照片合集.pdf”有5 MB，超过佐证材料的上限1 MB", reply[0].Text, StringComparison.Ordinal);
        Assert.Equal(before, await host.Telegram.Factory.HistoryCountAsync(27));
    }

    [Fact]
    public async Task ADocumentOfAKindNotTakenIsRefusedInEnglish()
    {
        var chat = host.Telegram.NewChat("en");

        var reply = TelegramChat.Messages(await chat.SendDocumentAsync("evidence for 28", "BQACzip", "archive.zip", "application/zip", 10_000));

        Assert.Contains("archive.zip", reply[0].Text, StringComparison.Ordinal);
        Assert.Contains("(application/zip) is not accepted as evidence", reply[0].Text, StringComparison.Ordinal);
    }
}
