using Rectification.Bot.Channels.BotFramework.Authentication;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

public static class BotFrameworkChannelExtensions
{
    /// <summary>The Bot Framework channel: the activity endpoint and what it needs.</summary>
    public static WebApplicationBuilder AddBotFrameworkChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddBotFrameworkAuthentication(builder.Configuration);
        builder.Services.AddScoped<InboundActivityBookkeeping>();
        builder.Services.AddScoped<BotFrameworkAdapter>();
        return builder;
    }
}
