using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.People;

namespace Rectification.Tests.BotFramework.Teams;

/// <summary>An administrator in Teams adds a person by @mentioning them: the mention carries the account, no id is typed.</summary>
public sealed class TeamsMentionTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    private const string Admin = "29:teams-admin";

    [Fact]
    public async Task AnAdministratorAddsAMentionedPersonWithoutTypingTheirId()
    {
        await AddAdminAsync();
        var conversation = TeamsActivities.NewConversationId("19");
        var request = TeamsActivities.Message(host.Connector.ServiceUrl, conversation, $"<at>Rectification Bot</at> 把<at>赵七</at>加为办公室工作人员", Admin, "groupChat");
        request.Entities = [Mention(TeamsBotHost.BotId, "Rectification Bot"), Mention("29:zhaoqi", "赵七")];

        await host.PostAsync(request);
        var asked = Assert.Single(await host.RequestsAboutAsync(conversation)).Activity!.Text;
        var confirm = TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "<at>Rectification Bot</at> 确认", Admin, "groupChat");
        confirm.Entities = [Mention(TeamsBotHost.BotId, "Rectification Bot")];
        await host.PostAsync(confirm);
        await host.RequestsAboutAsync(conversation, count: 2);

        Assert.Contains("请确认：添加赵七（29:zhaoqi）为办公室的员工", asked, StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<PeopleDirectory>()
            .FindAsync(new ChannelIdentity(IdentityRealm.Microsoft, "29:zhaoqi"), CancellationToken.None);
        Assert.Equal(("赵七", PersonRole.Staff, "办公室"), (added?.Name, added?.Role, added?.Department));
    }

    private async Task AddAdminAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdministrationService>().AddPersonAsync(
            Actor.Operator("test"), new PersonDraft(new ChannelIdentity(IdentityRealm.Microsoft, Admin), "钱管理", PersonRole.Admin), CancellationToken.None);
    }

    private static Entity Mention(string id, string name) =>
        new JsonObject
        {
            ["type"] = "mention", ["text"] = $"<at>{name}</at>", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
        }.Deserialize<Entity>(ActivitySerializer.Options)!;
}
