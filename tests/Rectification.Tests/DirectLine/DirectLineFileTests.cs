using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Rounds;

namespace Rectification.Tests.DirectLine;

/// <summary>Files in Web Chat: the ledger offered for download and the chart shown inline, both inside the activity.</summary>
public sealed class DirectLineFileTests(DirectLineHost host) : IClassFixture<DirectLineHost>
{
    [Fact]
    public async Task ALeaderGetsTheLedgerAsADownloadableWorkbook()
    {
        var userId = await RegisterAsync("dl-leader-", "吴领导", PersonRole.Leader);

        var conversation = await host.StartAsync(userId);
        var before = await host.ActivitiesAsync(conversation);
        await host.SayAsync(conversation, "导出台账");
        var reply = (await host.ActivitiesAsync(conversation, before.Watermark)).Activities[^1];

        var file = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentType);
        Assert.EndsWith(".xlsx", file.Name, StringComparison.Ordinal);
        var prefix = $"data:{file.ContentType};base64,";
        Assert.StartsWith(prefix, file.ContentUrl, StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(Convert.FromBase64String(file.ContentUrl![prefix.Length..])), false);
        Assert.Equal(2, workbook.WorkbookPart!.Workbook.Sheets!.ChildElements.Count);
        Assert.Contains("整改台账见附件", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWorkbookIsTheConversationsCurrentRound()
    {
        await host.Factory.ImportAsync();
        var userId = await RegisterAsync("dl-admin-", "郑管理", PersonRole.Admin);

        var conversation = await host.StartAsync(userId);
        await host.SayAsync(conversation, "切换到第1轮巡察");
        var before = await host.ActivitiesAsync(conversation);
        await host.SayAsync(conversation, "导出台账");
        var reply = (await host.ActivitiesAsync(conversation, before.Watermark)).Activities[^1];

        Assert.Contains($"整改台账见附件：{SecondAnnouncement.Findings} 个问题", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProgressChartIsShownInline()
    {
        var conversation = await host.StartAsync();
        var before = await host.ActivitiesAsync(conversation);
        await host.SayAsync(conversation, "progress chart", "en-US");
        var reply = (await host.ActivitiesAsync(conversation, before.Watermark)).Activities[^1];

        var image = Assert.Single(reply.Attachments!);
        Assert.Equal("image/png", image.ContentType);
        Assert.StartsWith("data:image/png;base64,iVBOR", image.ContentUrl, StringComparison.Ordinal);
    }

    /// <summary>A person of that role known by a new Microsoft id, which the chat then speaks as.</summary>
    private async Task<string> RegisterAsync(string idPrefix, string name, PersonRole role)
    {
        var userId = idPrefix + Guid.NewGuid().ToString("N");
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        ledger.People.Add(new Person(userId, new ChannelIdentity(IdentityRealm.Microsoft, userId), name, role, null, DateTime.UtcNow));
        await ledger.SaveChangesAsync();
        return userId;
    }
}
