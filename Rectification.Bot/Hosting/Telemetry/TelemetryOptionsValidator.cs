using Microsoft.Extensions.Options;

namespace Rectification.Bot.Hosting.Telemetry;

/// <summary>Refuses an OTLP endpoint that is not an http(s) address and an export interval that is not positive.</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OptionsProblems(TelemetryOptions.Section)
            .Require(string.IsNullOrWhiteSpace(options.OtlpEndpoint) || TelemetryExtensions.Endpoint(options.OtlpEndpoint) is not null,
                nameof(options.OtlpEndpoint), "is not an absolute http or https address, e.g. http://otel-collector:4318")
            .Require(options.MetricsInterval > TimeSpan.Zero, nameof(options.MetricsInterval), "must be a positive time span, e.g. 00:01:00")
            .Result();
    }
}
