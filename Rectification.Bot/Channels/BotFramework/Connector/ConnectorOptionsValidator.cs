using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>Refuses retry settings under which a send could never be made, never end, or never be retried in time.</summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var retry = options.Retry;
        return new OptionsProblems(ConnectorOptions.SectionName + ":" + nameof(ConnectorOptions.Retry))
            .Require(retry.MaxAttempts >= 1, nameof(retry.MaxAttempts), "must be 1 or more (1 turns retries off)")
            .Require(retry.BaseDelay > TimeSpan.Zero, nameof(retry.BaseDelay), "must be a positive time span, e.g. 00:00:01")
            .Require(retry.MaxDelay >= retry.BaseDelay, nameof(retry.MaxDelay), "must be at least Connector:Retry:BaseDelay")
            .Require(retry.MaxRetryAfter >= TimeSpan.Zero, nameof(retry.MaxRetryAfter), "must be 0 or a positive time span")
            .Require(retry.AttemptTimeout > TimeSpan.Zero, nameof(retry.AttemptTimeout), "must be a positive time span, e.g. 00:00:10")
            .Require(retry.TotalTimeout > TimeSpan.Zero, nameof(retry.TotalTimeout), "must be a positive time span, e.g. 00:00:30")
            .Result();
    }
}
