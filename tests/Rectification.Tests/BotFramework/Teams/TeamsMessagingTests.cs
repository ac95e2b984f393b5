using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Storage;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.BotFramework.Teams;

/// <summary>Messages from Teams over real HTTP: authenticated in, answered through the Connector out.</summary>
public sealed class TeamsMessagingTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    [Fact]
    public async Task A_message_with_a_channel_token_is_answered_at_the_connector_with_the_bots_token()
    {
        var conversation = TeamsActivities.NewConversationId();
        var message = TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "第十四项进展如何");

        var (status, _) = await host.PostAsync(message);
        var reply = Assert.Single(await host.RequestsAboutAsync(conversation));

        Assert.Equal(200, status);
        Assert.Equal(("POST", ConnectorRouteKind.Activity, message.Id), (reply.Method, reply.Route, reply.ActivityId));
        Assert.Equal(FakeConnector.PathPrefix, reply.Prefix);
        Assert.StartsWith("Bearer login-token-", reply.Authorization, StringComparison.Ordinal);
        Assert.Equal(TeamsBotHost.TenantId, reply.Activity!.Conversation!.TenantId);
    }

    [Fact]
    public async Task On_teams_a_card_answer_is_the_card_alone_with_its_text_as_the_summary()
    {
        var conversation = TeamsActivities.NewConversationId();

        await host.PostAsync(TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "status of item 14"));
        var reply = Assert.Single(await host.RequestsAboutAsync(conversation)).Activity!;

        Assert.Null(reply.Text);
        Assert.Contains("14", reply.Summary, StringComparison.Ordinal);
        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(reply.Attachments!).ContentType);
    }

    [Fact]
    public async Task A_throttled_answer_is_retried_after_the_retry_after_pause()
    {
        var conversation = TeamsActivities.NewConversationId();
        host.Connector.Script(ScriptedAnswer.Throttled(retryAfter: "0"));

        await host.PostAsync(TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "帮助"));
        var attempts = await host.RequestsAboutAsync(conversation, count: 2);

        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
    }

    [Fact]
    public async Task An_answer_refused_because_the_user_blocked_the_bot_is_recorded_and_not_followed_by_an_apology()
    {
        var conversation = TeamsActivities.NewConversationId();
        host.Connector.Script(ScriptedAnswer.MessageWritesBlocked());

        await host.PostAsync(TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "第十四项进展如何"));
        await host.RequestsAboutAsync(conversation);
        await Task.Delay(TimeSpan.FromMilliseconds(700));

        Assert.Single(host.Connector.Requests, r => r.ConversationId == conversation);
        await using var scope = host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ConversationReferences>().FindAsync("msteams", conversation, CancellationToken.None);
        Assert.Equal(DeliveryFailure.WritesBlocked, stored!.PermanentFailure);
    }

    [Fact]
    public async Task An_activity_delivered_twice_is_answered_once()
    {
        var conversation = TeamsActivities.NewConversationId();
        var message = TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "status of item 3");

        var first = await host.PostAsync(message);
        var retried = await host.PostAsync(message);
        await Task.Delay(300); // a second answer, if any, would come as fast as the first

        Assert.Equal((200, 200), (first.Status, retried.Status));
        Assert.Single(await host.RequestsAboutAsync(conversation));
    }

    [Fact]
    public async Task Every_activity_in_and_out_is_written_to_the_conversations_transcript()
    {
        var conversation = TeamsActivities.NewConversationId();
        await host.PostAsync(TeamsActivities.Message(host.Connector.ServiceUrl, conversation, "帮助"));
        await host.RequestsAboutAsync(conversation);

        var path = Path.Combine(host.TranscriptFolder, TranscriptFiles.FileName("msteams", conversation));
        var entries = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsArray();

        Assert.Equal(["user", "bot"], entries.Select(e => e!["from"]!["role"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e!["id"]?.GetValue<string>())));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e!["timestamp"]?.GetValue<string>())));
    }
}
