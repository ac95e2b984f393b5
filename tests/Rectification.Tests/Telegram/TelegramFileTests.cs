using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Localization;
using Rectification.Domain.People;
using Rectification.Domain.Storage;

namespace Rectification.Tests.Telegram;

/// <summary>Files in a Telegram chat: the ledger as a document and the chart as a photo, both multipart uploads.</summary>
public sealed class TelegramFileTests(TelegramBotHost host) : IClassFixture<TelegramBotHost>
{
    [Fact]
    public async Task ALeaderGetsTheLedgerWorkbookAsADocument()
    {
        var chat = host.NewChat();
        await AddPersonAsync(chat, PersonRole.Leader);

        var calls = await chat.SayAsync("/export");

        var document = Assert.Single(calls, c => c.Method == "sendDocument");
        Assert.Equal(chat.Key, document.ChatId);
        var file = Assert.Single(document.Files);
        Assert.Equal("attach://" + file.Field, document.Body["document"]?.GetValue<string>());
        Assert.EndsWith(".xlsx", file.FileName, StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        Assert.Contains(workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>(), s => s.Name == "整改台账");
        Assert.Contains("整改台账见附件", TelegramChat.Only(calls).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffGetNoDocumentAndAreToldWhomToAsk()
    {
        var chat = host.NewChat();
        await AddPersonAsync(chat, PersonRole.Staff);

        var calls = await chat.SayAsync("导出台账");

        Assert.DoesNotContain(calls, c => c.Method == "sendDocument");
        var refusal = TelegramChat.Only(calls).Text;
        Assert.Contains(Texts.Chinese.LedgerExportLeadersOnly, refusal, StringComparison.Ordinal);
        Assert.Contains("请联系", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyoneGetsTheProgressChartAsAPhoto()
    {
        var chat = host.NewChat("en");

        var calls = await chat.SayAsync("progress chart");

        var photo = Assert.Single(calls, c => c.Method == "sendPhoto");
        var file = Assert.Single(photo.Files);
        Assert.Equal("attach://" + file.Field, photo.Body["photo"]?.GetValue<string>());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], file.Content[..4]);
        Assert.Contains("Rectification progress", TelegramChat.Only(calls).Text, StringComparison.Ordinal);
    }

    private async Task AddPersonAsync(TelegramChat chat, PersonRole role)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        ledger.People.Add(new Person("tg-" + chat.Key, new ChannelIdentity(IdentityRealm.Telegram, chat.Key), "周" + chat.Key, role, null, DateTime.UtcNow));
        await ledger.SaveChangesAsync();
    }
}
