namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// The Telegram section. The channel runs only with a <see cref="BotToken"/> (from BotFather, passed by environment or
/// user-secrets, never committed). Without <see cref="WebhookUrl"/> the bot polls Telegram (getUpdates); with it,
/// Telegram posts updates to /api/telegram, signed with <see cref="SecretToken"/>.
/// </summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    public string? BotToken { get; set; }

    /// <summary>Telegram's Bot API, or a local Bot API server (or a test's fake).</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The public HTTPS address of this bot's /api/telegram; empty for long polling.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>What Telegram sends in X-Telegram-Bot-Api-Secret-Token with every webhook request; required with a webhook.</summary>
    public string? SecretToken { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);
}
