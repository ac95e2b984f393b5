using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Storage;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.BotFramework.Teams;

/// <summary>Speaking first: to a stored conversation, or in a 1:1 chat opened with someone known from a team.</summary>
public sealed class TeamsProactiveTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    [Fact]
    public async Task A_proactive_message_reaches_a_stored_conversation_as_a_new_post()
    {
        var conversation = await KnownConversationAsync(TeamsActivities.NewConversationId());

        var id = await SendAsync(conversation, "本周整改周报已生成。");
        var sent = (await host.RequestsAboutAsync(conversation, count: 2)).Last();

        Assert.Equal(("POST", ConnectorRouteKind.Activities), (sent.Method, sent.Route));
        Assert.StartsWith("Bearer login-token-", sent.Authorization, StringComparison.Ordinal);
        Assert.Equal("本周整改周报已生成。", sent.Activity!.Text);
        Assert.Equal(TeamsBotHost.BotId, sent.Activity.From!.Id);
        Assert.NotNull(id);
    }

    [Fact]
    public async Task A_blocked_conversation_is_not_retried_and_is_listed_by_the_deliveries_command()
    {
        var conversation = await KnownConversationAsync(TeamsActivities.NewConversationId());
        host.Connector.Script(ScriptedAnswer.MessageWritesBlocked());

        var refusal = await Assert.ThrowsAsync<ProactiveDeliveryException>(() => SendAsync(conversation, "周报"));
        await Task.Delay(300);
        var (exit, listing) = await host.RunCommandAsync("deliveries");

        Assert.Equal(ProactiveFailure.Blocked, refusal.Failure);
        Assert.Equal(2, (await host.RequestsAboutAsync(conversation)).Count); // the first answer, then one refused send
        Assert.Equal(0, exit);
        Assert.Contains(listing.Split('\n'), line => line.Contains(conversation, StringComparison.Ordinal) && line.Contains("WritesBlocked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_one_to_one_chat_is_created_once_and_then_reused()
    {
        var channel = await KnownConversationAsync("19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2", "channel", "29:leader-" + Guid.NewGuid().ToString("N"));
        var known = await ReferenceAsync(channel);

        var opened = await OpenAsync(known);
        var reopened = await OpenAsync(known);

        var create = Assert.Single(host.Connector.Requests, r => r.Route == ConnectorRouteKind.Conversations && r.Body.Contains(known.UserId!, StringComparison.Ordinal));
        Assert.Equal(TeamsBotHost.BotId, create.Json!["bot"]!["id"]!.GetValue<string>());
        Assert.Equal(known.UserId, create.Json["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(TeamsBotHost.TenantId, create.Json["tenantId"]!.GetValue<string>());
        Assert.Equal(TeamsBotHost.TenantId, create.Json["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.False(create.Json["isGroup"]!.GetValue<bool>());
        Assert.StartsWith("a:created-", opened.Address.ConversationId, StringComparison.Ordinal);
        Assert.Equal("personal", BotFrameworkConversations.Reference(opened).Conversation!.ConversationType);
        Assert.True(opened.Address.IsPersonal);
        Assert.Equal(opened.Address.ConversationId, reopened.Address.ConversationId);
    }

    /// <summary>A conversation the bot has heard from (so its reference is stored), its answer already delivered.</summary>
    private async Task<string> KnownConversationAsync(string conversation, string type = "personal", string userId = "29:user-1")
    {
        await host.PostAsync(TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "帮助", userId, type));
        await host.RequestsAboutAsync(conversation);
        return conversation;
    }

    private async Task<StoredConversation> ReferenceAsync(string conversation)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<ConversationReferences>().FindAsync("msteams", conversation, CancellationToken.None);
        return record!.ToConversation();
    }

    private async Task<string?> SendAsync(string conversation, string text)
    {
        var reference = await ReferenceAsync(conversation);
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChannelRegistry>()
            .SendAsync(reference, new OutboundMessage { Text = text }, CancellationToken.None);
    }

    private async Task<StoredConversation> OpenAsync(StoredConversation known)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChannelRegistry>().For(known.Address).OpenPersonalConversationAsync(known, CancellationToken.None);
    }
}
