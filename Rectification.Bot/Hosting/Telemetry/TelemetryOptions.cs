namespace Rectification.Bot.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry export (section <c>Telemetry</c>), off unless <see cref="Enabled"/>: metrics (ASP.NET Core, HttpClient,
/// the bot's turn counts and durations) and traces (ASP.NET Core, HttpClient, EF Core) to an OTLP collector.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    public bool Enabled { get; set; }

    /// <summary>The collector's OTLP/HTTP base address; empty means OTEL_EXPORTER_OTLP_ENDPOINT, else http://localhost:4318.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How often metrics are exported.</summary>
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(60);
}
