using Rectification.Tests.Fakes;

namespace Rectification.Tests.Telegram;

/// <summary>Long polling, the default mode: no webhook, updates fetched with getUpdates.</summary>
public sealed class TelegramPollingTests : IAsyncLifetime
{
    private readonly TelegramBotHost _host = TelegramBotHost.Polling();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task AnUpdateFromGetUpdatesIsAnsweredAndConfirmedWithTheNextOffset()
    {
        var updateId = _host.NextUpdateId();
        _host.Api.EnqueueUpdate(FakeTelegramUpdates.Message(updateId, "/status 14", chatId: 7301, fromId: 7301));

        var answer = (await _host.Api.WaitForAsync("sendMessage")).Single();

        Assert.Equal("7301", answer.ChatId);
        Assert.StartsWith("<b>第14项 · 整改中</b>", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(_host.Api.CallsOf("deleteWebhook"));
        Assert.Empty(_host.Api.CallsOf("setWebhook"));
        var polls = await _host.Api.WaitForAsync("getUpdates", 2);
        Assert.Contains(polls, p => p.Body["offset"]?.GetValue<int>() == updateId + 1);
        Assert.All(polls, p => Assert.True(p.Body["timeout"]?.GetValue<int>() > 0));
    }

    [Fact]
    public async Task InPollingModeThereIsNoWebhookEndpoint()
    {
        var status = await _host.PostAsync(FakeTelegramUpdates.Message(_host.NextUpdateId(), "/status 14"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, status);
    }
}
