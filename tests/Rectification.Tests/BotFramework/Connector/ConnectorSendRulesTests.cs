using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>SendAsync applies the SDK's outgoing rules (brief 3.2) before choosing Reply or Send.</summary>
public sealed class ConnectorSendRulesTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private ServiceProviderHolder _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _services = new ServiceProviderHolder(ConnectorTestHost.Build(ConnectorTestHost.LocalMode()));
    }

    public async Task DisposeAsync()
    {
        await _services.Provider.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact(Timeout = 20_000)]
    public async Task With_replyToId_it_replies_to_that_activity_and_clears_the_outgoing_id()
    {
        var outgoing = Outgoing(ActivityTypes.Message, channelId: "msteams");
        outgoing.ReplyToId = "1:incoming";
        outgoing.Id = "local-id";

        var answer = await SendAsync(outgoing);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal((ConnectorRouteKind.Activity, "a:conv", "1:incoming"), (request.Route, request.ConversationId, request.ActivityId));
        Assert.False(request.Json!.AsObject().ContainsKey("id"));
        Assert.Equal("local-id", outgoing.Id);
        Assert.NotNull(answer);
    }

    [Fact(Timeout = 20_000)]
    public async Task Without_replyToId_it_sends_to_the_conversation()
    {
        await SendAsync(Outgoing(ActivityTypes.Message, channelId: "msteams"));

        Assert.Equal(ConnectorRouteKind.Activities, Assert.Single(_connector.Requests).Route);
    }

    [Theory(Timeout = 20_000)]
    [InlineData(ActivityTypes.Trace, "msteams")]
    [InlineData(ActivityTypes.Trace, "webchat")]
    [InlineData(ActivityTypes.InvokeResponse, "msteams")]
    [InlineData(ActivityTypes.InvokeResponse, "emulator")]
    public async Task Trace_outside_the_Emulator_and_invokeResponse_are_never_transmitted(string type, string channelId)
    {
        var answer = await SendAsync(Outgoing(type, channelId));

        Assert.Null(answer);
        Assert.Empty(_connector.Requests);
    }

    [Fact(Timeout = 20_000)]
    public async Task Trace_reaches_the_Emulator()
    {
        await SendAsync(Outgoing(ActivityTypes.Trace, "emulator"));

        Assert.Equal("trace", Assert.Single(_connector.Requests).Activity!.Type);
    }

    [Fact(Timeout = 20_000)]
    public async Task Delay_pauses_for_its_value_in_milliseconds_and_sends_nothing()
    {
        var delay = Outgoing("delay", "msteams");
        delay.Value = JsonValue.Create(300);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var answer = await SendAsync(delay);

        Assert.Null(answer);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(280), TimeSpan.FromSeconds(5));
        Assert.Empty(_connector.Requests);
    }

    private async Task<ResourceResponse?> SendAsync(Activity activity)
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        return await _services.Provider.Connector().SendAsync(activity, timeout.Token);
    }

    private Activity Outgoing(string type, string channelId) => new()
    {
        Type = type,
        ChannelId = channelId,
        ServiceUrl = _connector.ServiceUrl,
        Conversation = new ConversationAccount { Id = "a:conv" },
        Text = "hello",
    };

    private sealed record ServiceProviderHolder(Microsoft.Extensions.DependencyInjection.ServiceProvider Provider);
}
