namespace Rectification.Bot.Hosting;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddStartupBanner(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }
}
