namespace Rectification.Bot.Hosting;

public static class HostingExtensions
{
    /// <summary>
    /// Logs go to standard error, so a command's output (the console chat, `digest preview --json`) stays clean
    /// on standard output and can be piped.
    /// </summary>
    public static WebApplicationBuilder LogToStandardError(this WebApplicationBuilder builder)
    {
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }

    public static WebApplicationBuilder AddStartupBanner(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }
}
