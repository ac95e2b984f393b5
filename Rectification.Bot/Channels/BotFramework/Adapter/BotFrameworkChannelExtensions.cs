using Rectification.Bot.Channels.BotFramework.Authentication;
using Rectification.Bot.Channels.BotFramework.Connector;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

public static class BotFrameworkChannelExtensions
{
    /// <summary>The Bot Framework channel: the activity endpoint and what it needs.</summary>
    public static WebApplicationBuilder AddBotFrameworkChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddBotFrameworkAuthentication(builder.Configuration);
        builder.Services.AddBotFrameworkConnector(builder.Configuration);
        builder.Services.Configure<TurnTimingOptions>(builder.Configuration.GetSection(TurnTimingOptions.Section));
        builder.Services.AddSingleton<BackgroundTurns>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BackgroundTurns>());
        builder.Services.AddSingleton<DetachableTurnRunner>();
        builder.Services.AddScoped<InboundActivityBookkeeping>();
        builder.Services.AddScoped<BotFrameworkAdapter>();
        return builder;
    }
}
