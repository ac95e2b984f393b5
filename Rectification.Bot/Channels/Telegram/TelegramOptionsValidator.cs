using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>Refuses, at start-up, Telegram settings the channel cannot run safely with.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => "Telegram settings: " + problem));
    }

    private static IEnumerable<string> Problems(TelegramOptions options)
    {
        if (!options.IsEnabled)
        {
            yield break;
        }

        if (!TokenForm().IsMatch(options.BotToken!))
        {
            yield return "Telegram:BotToken is not a token as BotFather gives it (digits, a colon, then letters, digits, _ and -).";
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            yield return $"Telegram:ApiBaseUrl '{options.ApiBaseUrl}' is not an http(s) address.";
        }

        if (!options.UsesWebhook)
        {
            yield break;
        }

        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var webhook) || webhook.Scheme != "https")
        {
            yield return $"Telegram:WebhookUrl '{options.WebhookUrl}' is not an https address (Telegram posts only to https).";
        }

        // Without the secret anyone who finds the address could post updates as any Telegram user.
        if (string.IsNullOrEmpty(options.SecretToken))
        {
            yield return "webhook mode (Telegram:WebhookUrl is set) needs Telegram:SecretToken; the bot does not start without it.";
        }
        else if (!SecretTokenForm().IsMatch(options.SecretToken))
        {
            yield return "Telegram:SecretToken must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule).";
        }
    }

    [GeneratedRegex("^[0-9]{1,16}:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenForm();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretTokenForm();
}
