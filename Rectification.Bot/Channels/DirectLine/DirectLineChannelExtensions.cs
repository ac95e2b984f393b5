using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Proactive;

namespace Rectification.Bot.Channels.DirectLine;

public static class DirectLineChannelExtensions
{
    /// <summary>The Direct Line endpoint Web Chat talks to, and its place in the channel registry for proactive messages.</summary>
    public static WebApplicationBuilder AddDirectLineChannel(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<DirectLineCallers>();
        builder.Services.AddSingleton<DirectLineSignals>();
        builder.Services.AddScoped<DirectLineTranscript>();
        builder.Services.AddScoped<DirectLineTurns>();
        builder.Services.AddScoped<IMessageChannel, DirectLineMessageChannel>();
        return builder;
    }

    /// <summary>/v3/directline: the REST API and the WebSocket stream.</summary>
    public static WebApplication MapDirectLineEndpoint(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWebSockets();
        DirectLineEndpoints.Map(app);
        return app;
    }
}
