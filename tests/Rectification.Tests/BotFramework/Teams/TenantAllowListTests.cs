using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using Rectification.Bot.Storage;

namespace Rectification.Tests.BotFramework.Teams;

/// <summary>BotFramework:AllowedTenants: activities of other tenants are acknowledged and dropped; their invokes refused.</summary>
public sealed class TenantAllowListTests(TenantAllowListTests.OfficeOnlyHost host) : IClassFixture<TenantAllowListTests.OfficeOnlyHost>
{
    [Fact]
    public async Task A_message_from_another_tenant_gets_200_and_no_answer_and_is_not_stored()
    {
        var conversation = TeamsActivities.NewConversationId();

        var (status, _) = await host.PostAsync(TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "帮助"));
        await Task.Delay(300);

        Assert.Equal(200, status);
        Assert.Empty(await host.RequestsAboutAsync(conversation, count: 0));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ConversationReferences>().FindAsync("msteams", conversation, CancellationToken.None));
    }

    [Fact]
    public async Task An_invoke_from_another_tenant_gets_403()
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "status", ["data"] = new JsonObject { ["finding"] = 1 } };

        var (status, _) = await host.PostAsync(TeamsActivities.Execute(host.Connector.ServiceUrl, TeamsActivities.NewConversationId(), action));

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task A_message_from_an_allowed_tenant_is_answered()
    {
        var conversation = TeamsActivities.NewConversationId();
        var message = TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "帮助");
        message.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = OfficeOnlyHost.OfficeTenant } };

        await host.PostAsync(message);

        Assert.Single(await host.RequestsAboutAsync(conversation));
    }

    public sealed class OfficeOnlyHost : TeamsBotHost
    {
        public const string OfficeTenant = "office-tenant";

        protected override void AddSettings(Dictionary<string, string?> settings) =>
            settings["BotFramework:AllowedTenants:0"] = OfficeTenant;
    }
}
