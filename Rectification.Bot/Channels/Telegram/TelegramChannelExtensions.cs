using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.Telegram.Rendering;
using Rectification.Bot.Channels.Telegram.Sending;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Security.RateLimiting;
using Telegram.Bot;

namespace Rectification.Bot.Channels.Telegram;

public static class TelegramChannelExtensions
{
    /// <summary>Longer than one long poll (<see cref="TelegramPolling.PollSeconds"/>), so a quiet poll is not a timeout.</summary>
    private static readonly TimeSpan HttpTimeout = TimeSpan.FromSeconds(TelegramPolling.PollSeconds + 35);

    /// <summary>
    /// The Telegram channel, when Telegram:BotToken is set; without it nothing is registered that calls Telegram. Long
    /// polling unless Telegram:WebhookUrl is set.
    /// </summary>
    public static WebApplicationBuilder AddTelegramChannel(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelegramOptions.Section);
        builder.Services.AddOptions<TelegramOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        var settings = section.Get<TelegramOptions>() ?? new TelegramOptions();
        if (!settings.IsEnabled)
        {
            return builder;
        }

        builder.Services.AddHttpClient(TelegramChannel.Name, http => http.Timeout = HttpTimeout)
            .AddTypedClient<ITelegramBotClient>((http, services) => new TelegramBotClient(ClientOptions(services.GetRequiredService<IOptions<TelegramOptions>>().Value), http));
        builder.Services.AddSingleton<TelegramBotIdentity>();
        builder.Services.AddSingleton<TelegramSendLimiter>();
        builder.Services.AddScoped<TelegramCallbackData>();
        builder.Services.AddScoped<TelegramSender>();
        builder.Services.AddScoped<TelegramUpdateHandler>();
        builder.Services.AddScoped<IMessageChannel, TelegramMessageChannel>();
        builder.Services.AddHostedService<TelegramSetup>();
        if (!settings.UsesWebhook)
        {
            builder.Services.AddHostedService<TelegramPolling>();
        }

        return builder;
    }

    /// <summary>POST /api/telegram in webhook mode; in polling mode (or without a token) there is nothing to post to.</summary>
    public static IEndpointRouteBuilder MapTelegramEndpoint(this IEndpointRouteBuilder endpoints)
    {
        var settings = endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (settings is { IsEnabled: true, UsesWebhook: true })
        {
            endpoints.MapPost(TelegramWebhookEndpoint.Path, TelegramWebhookEndpoint.HandleAsync).DisableAntiforgery().RequireAddressRateLimit();
        }

        return endpoints;
    }

    /// <summary>
    /// The client's own 429 handling waits the retry_after Telegram asks for and tries again, a bounded number of
    /// times and only for a wait a turn can afford; beyond that the send fails as transient and the outbox retries.
    /// </summary>
    private static TelegramBotClientOptions ClientOptions(TelegramOptions settings) =>
        new(settings.BotToken!, IsTelegrams(settings.ApiBaseUrl) ? null : settings.ApiBaseUrl) { RetryThreshold = 30, RetryCount = 3 };

    // Given a base address the client takes it for a local Bot API server, which serves files differently.
    private static bool IsTelegrams(string apiBaseUrl) =>
        string.Equals(apiBaseUrl.TrimEnd('/'), TelegramOptions.DefaultApiBaseUrl, StringComparison.OrdinalIgnoreCase);
}
