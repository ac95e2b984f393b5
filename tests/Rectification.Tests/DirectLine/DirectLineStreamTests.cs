using System.Net;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.DirectLine;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Storage;

namespace Rectification.Tests.DirectLine;

/// <summary>The conversation's WebSocket stream, as botframework-directlinejs reads it, over real WebSockets on 127.0.0.1.</summary>
public sealed class DirectLineStreamTests(DirectLineHost host) : IClassFixture<DirectLineHost>
{
    [Fact]
    public async Task TheStreamSendsWhatCameBeforeThenTheEchoAndTheAnswer()
    {
        var conversation = await host.StartAsync();
        using var socket = await DirectLineHost.OpenStreamAsync(conversation);

        var greeting = await DirectLineHost.ReceiveAsync(socket);
        var id = await host.SayAsync(conversation, "第十四项进展如何");
        var received = await ReceiveAtLeastAsync(socket, 2);

        Assert.Equal("1", greeting.Watermark);
        Assert.Equal(id, received[0].Id);
        Assert.Equal(id, received[1].ReplyToId);
        Assert.Equal(DirectLineAttachment.AdaptiveCardContentType, received[1].Attachments![0].ContentType);
    }

    [Fact]
    public async Task AStreamOpenedAtAWatermarkSendsOnlyWhatCameAfter()
    {
        var conversation = await host.StartAsync();
        await host.SayAsync(conversation, "14");
        var upToNow = await host.ActivitiesAsync(conversation);
        using var reconnect = await host.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark={upToNow.Watermark}", conversation.Token!);
        var again = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<DirectLineConversation>(reconnect.Content, DirectLineJson.Options))!;
        using var socket = await DirectLineHost.OpenStreamAsync(again);

        var id = await host.SayAsync(conversation, "你好");
        var next = await DirectLineHost.ReceiveAsync(socket);

        Assert.Equal(id, next.Activities[0].Id);
    }

    [Fact]
    public async Task AProactiveMessageReachesAnOpenStream()
    {
        var conversation = await host.StartAsync();
        using var socket = await DirectLineHost.OpenStreamAsync(conversation);
        await DirectLineHost.ReceiveAsync(socket);

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var stored = (await scope.ServiceProvider.GetRequiredService<ConversationReferences>()
                .FindAsync("directline", conversation.ConversationId, CancellationToken.None))!.ToConversation();
            await scope.ServiceProvider.GetRequiredService<ChannelRegistry>()
                .SendAsync(stored, new OutboundMessage { Text = "本周整改进展摘要" }, CancellationToken.None);
        }

        var pushed = await DirectLineHost.ReceiveAsync(socket);
        Assert.Equal("本周整改进展摘要", Assert.Single(pushed.Activities).Text);
    }

    [Fact]
    public async Task AStreamWithAnotherConversationsTokenIsRefused()
    {
        var mine = await host.StartAsync();
        var theirs = await host.StartAsync();
        var stolen = theirs with { StreamUrl = theirs.StreamUrl!.Replace(theirs.Token!, mine.Token!, StringComparison.Ordinal) };

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineHost.OpenStreamAsync(stolen));

        Assert.Contains(((int)HttpStatusCode.Forbidden).ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
    }

    private static async Task<List<DirectLineActivity>> ReceiveAtLeastAsync(ClientWebSocket socket, int count)
    {
        var activities = new List<DirectLineActivity>();
        while (activities.Count < count)
        {
            activities.AddRange((await DirectLineHost.ReceiveAsync(socket)).Activities);
        }

        return activities;
    }
}
