using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.People;
using Rectification.Tests.Fakes;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.BotFramework.Authentication.AuthenticationTestHost;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>
/// Production mode (an app id, Reporting:AllowUnknownUsers=false): the real authenticated path, a person the bot
/// does not know is refused and told whom to ask.
/// </summary>
public sealed class ProductionModeRefusalTests : IAsyncLifetime
{
    private FakeOpenIdProvider _provider = null!;
    private FakeOpenIdTokens _tokens = null!;
    private BotApplicationFactory _bot = null!;

    public async Task InitializeAsync()
    {
        _provider = await FakeOpenIdProvider.StartAsync();
        _tokens = new FakeOpenIdTokens(TimeProvider.System, AppId, ServiceUrl);
        _bot = new BotApplicationFactory()
            .With("MicrosoftAppId", AppId)
            .With("Reporting:AllowUnknownUsers", "false")
            .With("ToBotFromChannelOpenIdMetadataUrl", _provider.ChannelMetadataUrl.ToString())
            .With("ToBotFromEmulatorOpenIdMetadataUrl", _provider.EmulatorMetadataUrl.ToString());
        _bot.StartServer();
        await _bot.AddPersonAsync("admin-prod", "王管理", PersonRole.Admin);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task AnUnknownUserIsRefusedAndToldWhomToAsk()
    {
        var before = await _bot.HistoryCountAsync(14);

        var replies = await PostAsync("update 14.1: 已汇报中心工作 50%");

        var text = TextOf(replies);
        Assert.Contains("尚未登记", text, StringComparison.Ordinal);
        Assert.Contains("王管理", text, StringComparison.Ordinal);
        Assert.Equal(before, await _bot.HistoryCountAsync(14));
    }

    private async Task<IReadOnlyList<Activity>> PostAsync(string text)
    {
        var activity = TestActivities.Message(text, "29:stranger");
        activity.ChannelId = "msteams";
        activity.ServiceUrl = ServiceUrl;
        using var client = _bot.CreateClient();
        client.Timeout = CallTimeout;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ActivitySerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(Bearer(_tokens.Channel(_provider.EndorsedChannelKey)));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ActivitySerializer.Options);
        return replies?.Activities ?? [];
    }
}
