using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>
/// The retry pipeline of Connector calls, outermost first: total timeout, retry, attempt timeout.
/// Retried: 429, 412, 502, 503, 504 (Teams' "retry with backoff" list), network errors and attempt timeouts.
/// Never retried: everything else, notably 403 (blocked, not installed) and 413 (too big), which cannot succeed later.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        // Connector:Retry:* edits in a reloadable configuration take effect without a restart.
        context.EnableReloads<ConnectorOptions>();
        var retry = context.GetOptions<ConnectorOptions>().Retry;
        builder.AddTimeout(retry.TotalTimeout);
        if (retry.MaxAttempts > 1)
        {
            builder.AddRetry(CreateRetryOptions(retry));
        }

        builder.AddTimeout(retry.AttemptTimeout);
    }

    public static HttpRetryStrategyOptions CreateRetryOptions(ConnectorRetryOptions retry) => new()
    {
        MaxRetryAttempts = retry.MaxAttempts - 1,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = retry.BaseDelay,
        MaxDelay = retry.MaxDelay,
        // The package's delay generator waits for Retry-After (seconds or date) when the answer has one,
        // and falls back to the exponential backoff when it has none (Teams does not promise the header).
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, retry.MaxRetryAfter)),
    };

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => IsRetriedStatus(response.StatusCode)
            && !(RetryAfterOf(response, TimeProvider.System) > maxRetryAfter),
        _ => false,
    };

    public static bool IsRetriedStatus(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    /// <summary>The pause a Retry-After header asks for (delta seconds or an HTTP date); null without one.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
