using System.Diagnostics;
using System.Net;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Fakes;
using Activity = Rectification.Bot.Channels.BotFramework.Schema.Activity;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>What is retried, how long it waits, when it stops, and what is never retried.</summary>
public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private const string ConversationId = "a:1Hk2mZ";

    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact(Timeout = 20_000)]
    public async Task Throttled_429_with_Retry_After_is_retried_after_the_announced_pause()
    {
        _connector.Script(ScriptedAnswer.Throttled(retryAfter: "1"));

        var answer = await SendAsync(ConnectorTestHost.FastRetries());

        Assert.Equal(2, _connector.Requests.Count);
        var pause = _connector.Requests[1].ReceivedAt - _connector.Requests[0].ReceivedAt;
        // The backoff alone would wait ~20 ms; the header asks for a second (timer granularity aside).
        Assert.InRange(pause, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(4));
        Assert.NotNull(answer.Id);
    }

    [Fact(Timeout = 20_000)]
    public async Task Bad_gateway_502_is_retried_then_the_send_succeeds()
    {
        _connector.Script(ScriptedAnswer.BadGateway());

        var answer = await SendAsync(ConnectorTestHost.FastRetries());

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal("1:1", answer.Id);
    }

    [Theory(Timeout = 20_000)]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Teams_retryable_statuses_without_Retry_After_are_retried_with_backoff(int status)
    {
        _connector.Script(new ScriptedAnswer(status), new ScriptedAnswer(status));

        var answer = await SendAsync(ConnectorTestHost.FastRetries());

        Assert.Equal(3, _connector.Requests.Count);
        Assert.NotNull(answer.Id);
    }

    [Fact(Timeout = 20_000)]
    public async Task Retries_stop_within_the_total_time_bound_and_report_the_last_status()
    {
        var alwaysFailing = Enumerable.Repeat(ScriptedAnswer.BadGateway(), 200).ToArray();
        _connector.Script(alwaysFailing);
        var settings = ConnectorTestHost.FastRetries(maxAttempts: 100, totalTimeout: "00:00:01.500");
        settings["Connector:Retry:BaseDelay"] = "00:00:00.100";
        settings["Connector:Retry:MaxDelay"] = "00:00:00.300";

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(settings));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(4));
        Assert.InRange(_connector.Requests.Count, 2, 99);
        Assert.Equal(HttpStatusCode.BadGateway, failure.StatusCode);
    }

    [Fact(Timeout = 20_000)]
    public async Task Attempts_stop_at_MaxAttempts_with_the_channels_error()
    {
        _connector.Script(Enumerable.Repeat(ScriptedAnswer.BadGateway(), 10).ToArray());

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(ConnectorTestHost.FastRetries(maxAttempts: 3)));

        Assert.Equal(3, _connector.Requests.Count);
        Assert.Equal((HttpStatusCode.BadGateway, "ServiceError"), (failure.StatusCode, failure.Code));
    }

    [Theory(Timeout = 20_000)]
    [InlineData("ErrorResponse", "ConversationBlockedByUser")]
    [InlineData("Teams subCode", "MessageWritesBlocked")]
    public async Task Writes_blocked_403_is_permanent_and_sent_exactly_once(string shape, string expectedCode)
    {
        _connector.Script(shape == "ErrorResponse" ? ScriptedAnswer.BlockedByUser() : ScriptedAnswer.MessageWritesBlocked());

        var failure = await Assert.ThrowsAsync<ConnectorPermanentFailureException>(() => SendAsync(ConnectorTestHost.FastRetries()));

        Assert.Single(_connector.Requests);
        Assert.Equal(
            (ConnectorFailureReason.WritesBlocked, HttpStatusCode.Forbidden, expectedCode, "corr-1"),
            (failure.Reason, failure.StatusCode, failure.Code, failure.CorrelationId));
    }

    [Fact(Timeout = 20_000)]
    public async Task Message_too_big_413_is_permanent_and_sent_exactly_once()
    {
        _connector.Script(ScriptedAnswer.TooBig());

        var failure = await Assert.ThrowsAsync<ConnectorPermanentFailureException>(() => SendAsync(ConnectorTestHost.FastRetries()));

        Assert.Single(_connector.Requests);
        Assert.Equal(
            (ConnectorFailureReason.MessageTooBig, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig"),
            (failure.Reason, failure.StatusCode, failure.Code));
    }

    [Fact(Timeout = 20_000)]
    public async Task Other_403_is_not_retried_and_not_classified_as_permanent()
    {
        _connector.Script(ScriptedAnswer.NotInRoster());

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(ConnectorTestHost.FastRetries()));

        Assert.IsNotType<ConnectorPermanentFailureException>(failure);
        Assert.Single(_connector.Requests);
        Assert.Equal("BotNotInConversationRoster", failure.Code);
    }

    [Fact(Timeout = 20_000)]
    public async Task Server_error_500_is_not_retried_and_reports_code_message_and_correlation_id_in_the_log()
    {
        _connector.Script(ScriptedAnswer.ServerError());
        var logs = new LogCollector();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(ConnectorTestHost.FastRetries(), logs));

        Assert.Single(_connector.Requests);
        Assert.Equal(
            (HttpStatusCode.InternalServerError, "ServiceError", "Something broke.", "corr-1"),
            (failure.StatusCode, failure.Code, failure.ErrorMessage, failure.CorrelationId));
        Assert.Contains(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("corr-1", StringComparison.Ordinal));
    }

    [Fact(Timeout = 20_000)]
    public async Task A_Retry_After_beyond_the_limit_is_not_waited_for_but_handed_to_the_caller()
    {
        _connector.Script(ScriptedAnswer.Throttled(retryAfter: "120"));
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => SendAsync(ConnectorTestHost.FastRetries()));

        Assert.Single(_connector.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(120)), (failure.StatusCode, failure.RetryAfter));
    }

    private async Task<ResourceResponse> SendAsync(Dictionary<string, string?> settings, LogCollector? logs = null)
    {
        using var timeout = new CancellationTokenSource(ConnectorTestHost.TestTimeout);
        await using var services = ConnectorTestHost.Build(settings, logs: logs);
        return await services.Connector().SendToConversationAsync(
            _connector.ServiceUrl, ConversationId, new Activity { Type = ActivityTypes.Message, Text = "digest" }, timeout.Token);
    }
}
