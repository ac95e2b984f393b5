using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Telegram;

/// <summary>One person on two channels: a leader known in Teams links their Telegram account and is a leader there too.</summary>
public sealed partial class TelegramLinkedPersonTests(TelegramBotHost host) : IClassFixture<TelegramBotHost>
{
    private const string LeadersOnly = "周报仅向领导提供";

    [Fact]
    public async Task APersonLinkedAcrossTeamsAndTelegramKeepsTheirRoleOnBoth()
    {
        var teamsId = "29:leader-" + Guid.NewGuid().ToString("N");
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            ledger.People.Add(new Person(teamsId, new ChannelIdentity(IdentityRealm.Microsoft, teamsId), "王主任", PersonRole.Leader, null, DateTime.UtcNow));
            await ledger.SaveChangesAsync();
        }

        var teams = new BotClient(host.Http);
        var chat = host.NewChat();
        var refusedBefore = TelegramChat.Only(await chat.SayAsync("/digest")).Text;

        var issued = Assert.Single(await teams.AskAsync("绑定Telegram", userId: teamsId)).Text!;
        var code = Code().Match(issued).Groups[1].Value;
        var linked = TelegramChat.Only(await chat.SayAsync("/link " + code)).Text;
        var telegramDigest = TelegramChat.Messages(await chat.SayAsync("/digest"));
        var teamsDigest = await teams.AskAsync("本周周报", userId: teamsId);

        Assert.Contains(LeadersOnly, refusedBefore, StringComparison.Ordinal);
        Assert.Contains("王主任", linked, StringComparison.Ordinal);
        Assert.DoesNotContain(telegramDigest, m => m.Text?.Contains(LeadersOnly, StringComparison.Ordinal) == true);
        Assert.Contains(telegramDigest, m => m.Text?.Contains("整改进展周报", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(teamsDigest, a => a.Text?.Contains(LeadersOnly, StringComparison.Ordinal) == true);
        Assert.Contains(teamsDigest, a => a.Attachments is { Count: > 0 });
    }

    [GeneratedRegex("/link ([A-Z0-9]{8})")]
    private static partial Regex Code();
}
