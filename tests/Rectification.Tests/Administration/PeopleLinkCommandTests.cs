using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Domain.People;

namespace Rectification.Tests.Administration;

/// <summary>`people add --realm`, `people link`, `people unlink` and the accounts `people list` shows.</summary>
public sealed class PeopleLinkCommandTests
{
    [Fact]
    public async Task ATelegramAccountLinkedToAPersonFindsThemWithTheSameRoleAndDepartment()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("people", "add", "--id", "29:1abc", "--name", "李四", "--role", "staff", "--department", "综合处");

        var link = await host.RunAsync("people", "link", "29:1abc", "--realm", "telegram", "--id", "123456789");

        Assert.Equal(ExitCodes.Success, link.ExitCode);
        Assert.Contains("Linked telegram account 123456789 to staff 李四", link.Output, StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<PeopleDirectory>();
        var onTelegram = await directory.IdentifyAsync(new ChannelIdentity(IdentityRealm.Telegram, "123456789"), "telegram", CancellationToken.None);
        var onTeams = await directory.IdentifyAsync(new ChannelIdentity(IdentityRealm.Microsoft, "29:1abc"), "msteams", CancellationToken.None);
        Assert.Equal((PersonRole.Staff, "综合处"), (onTelegram.Person?.Role, onTelegram.Person?.Department));
        Assert.Equal(onTeams.Author.UserId, onTelegram.Author.UserId);
        Assert.Equal("telegram", onTelegram.Author.Channel);
    }

    [Fact]
    public async Task PeopleListShowsEveryAccountOfAPerson()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("people", "add", "--id", "29:1abc", "--name", "李四", "--role", "staff", "--department", "综合处", "--alternate-id", "aad-1");
        await host.RunAsync("people", "link", "aad-1", "--realm", "telegram", "--id", "123456789");

        var list = await host.RunAsync("people", "list");

        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.EndsWith("ACCOUNTS", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("李四", StringComparison.Ordinal) && l.EndsWith("microsoft:29:1abc (aad-1), telegram:123456789", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APersonCanBeAddedByTheirTelegramAccount()
    {
        await using var host = await CommandHost.StartAsync();

        var run = await host.RunAsync("people", "add", "--id", "123456789", "--name", "王五", "--role", "leader", "--realm", "telegram");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var person = await host.ReadAsync(db => db.People.SingleAsync());
        Assert.Equal([(IdentityRealm.Telegram, "123456789")], person.Identities.Select(i => (i.Realm, i.UserId)));
    }

    [Fact]
    public async Task AnAccountSomeoneElseHasIsRefusedAndNamesWhoseItIs()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("people", "add", "--id", "u1", "--name", "李四", "--role", "staff", "--department", "综合处");
        await host.RunAsync("people", "add", "--id", "555", "--name", "王五", "--role", "leader", "--realm", "telegram");

        var clash = await host.RunAsync("people", "link", "u1", "--realm", "telegram", "--id", "555");

        Assert.Equal(ExitCodes.Refused, clash.ExitCode);
        Assert.Contains("already linked to leader 王五", Assert.Single(clash.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(1, await host.ReadAsync(db => db.People.Where(p => p.Key == "u1").Select(p => p.Identities.Count).SingleAsync()));
    }

    [Fact]
    public async Task UnlinkingKeepsAtLeastOneAccount()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("people", "add", "--id", "u1", "--name", "李四", "--role", "staff", "--department", "综合处");
        await host.RunAsync("people", "link", "u1", "--realm", "telegram", "--id", "777");

        var unlinked = await host.RunAsync("people", "unlink", "u1", "--realm", "microsoft", "--id", "u1");
        var last = await host.RunAsync("people", "unlink", "777", "--realm", "telegram", "--id", "777");
        var missing = await host.RunAsync("people", "unlink", "u1", "--realm", "microsoft", "--id", "u1");

        Assert.Equal((ExitCodes.Success, ExitCodes.Refused, ExitCodes.Refused), (unlinked.ExitCode, last.ExitCode, missing.ExitCode));
        Assert.Contains("only account", Assert.Single(last.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("has no microsoft account u1", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);

        // The key stays, so entries written from the unlinked account still name the same person.
        var person = await host.ReadAsync(db => db.People.SingleAsync());
        Assert.Equal(("u1", IdentityRealm.Telegram), (person.Key, Assert.Single(person.Identities).Realm));
    }

    [Theory]
    [InlineData("--realm is required", "people", "link", "u1", "--id", "9")]
    [InlineData("Unknown realm 'slack'", "people", "link", "u1", "--realm", "slack", "--id", "9")]
    [InlineData("Say whose account it is", "people", "unlink", "--realm", "telegram", "--id", "9")]
    public async Task BadLinkArgumentsExitWith2AndSayWhatIsWrong(string explanation, params string[] words)
    {
        await using var host = await CommandHost.StartAsync();

        var run = await host.RunAsync(words);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(explanation, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
