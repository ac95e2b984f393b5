using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.BotFramework.Authentication;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Invokes;
using Rectification.Bot.Channels.BotFramework.Proactive;
using Rectification.Bot.Channels.BotFramework.Teams.Files;
using Rectification.Bot.Channels.BotFramework.Transcripts;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Hosting.Commands;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

public static class BotFrameworkChannelExtensions
{
    /// <summary>Off only when said so (a deployment that serves Telegram alone): then nothing of the channel is registered.</summary>
    public const string EnabledKey = "BotFramework:Enabled";

    /// <summary>
    /// The Bot Framework channel: the activity endpoint and what it needs. Needs the security mode
    /// (AddSecurityMode) first: in Production it refuses to start without an app id.
    /// </summary>
    public static WebApplicationBuilder AddBotFrameworkChannel(this WebApplicationBuilder builder)
    {
        if (!IsEnabled(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddBotFrameworkAuthentication(builder.Configuration);
        builder.Services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, ProductionAuthenticationValidator>());
        builder.Services.AddBotFrameworkConnector(builder.Configuration);
        builder.Services.AddOptions<TurnTimingOptions>().BindConfiguration(TurnTimingOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TurnTimingOptions>, TurnTimingOptionsValidator>());
        builder.Services.AddSingleton<BackgroundTurns>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BackgroundTurns>());
        builder.Services.AddSingleton<DetachableTurnRunner>();
        builder.Services.AddScoped<InboundActivityBookkeeping>();
        builder.Services.AddScoped<BotFrameworkAdapter>();
        builder.Services.AddOptions<BotFrameworkChannelOptions>().BindConfiguration(BotFrameworkChannelOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkChannelOptions>, BotFrameworkChannelOptionsValidator>());
        builder.Services.AddSingleton<TenantAllowList>();
        builder.Services.AddOptions<TranscriptOptions>().BindConfiguration(TranscriptOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TranscriptOptions>, BotFrameworkChannelOptionsValidator>());
        builder.Services.AddSingleton<TranscriptFiles>();
        builder.Services.AddSingleton<TranscriptRecorder>();
        builder.Services.AddScoped<ConnectorDelivery>();
        builder.Services.AddScoped<PersonalConversationOpener>();
        builder.Services.AddScoped<AdaptiveCardActionHandler>();
        builder.Services.AddTeamsFileConsent();
        builder.Services.AddScoped<IMessageChannel, BotFrameworkMessageChannel>();
        return builder;
    }

    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue(EnabledKey, defaultValue: true);
}
