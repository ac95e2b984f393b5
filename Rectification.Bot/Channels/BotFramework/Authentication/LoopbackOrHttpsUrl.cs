namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The one rule for every URL the bot fetches signing keys from: https, or plain http to a loopback host
/// (localhost, 127.0.0.0/8, ::1) so tests and local fakes need no certificate. Keys fetched over plain http from any
/// other host could be swapped in transit, and then any token would pass.
/// </summary>
internal static class LoopbackOrHttpsUrl
{
    public static bool IsAllowed(Uri url) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    /// <summary>Parses a configured URL; returns the problem in words, or null when the URL is usable.</summary>
    public static string? Problem(string settingName, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            return $"{settingName} '{value}' is not an absolute URL.";
        }

        return IsAllowed(url)
            ? null
            : $"{settingName} '{value}' must use https (plain http is accepted only for a loopback host such as " +
              "localhost or 127.0.0.1).";
    }
}
