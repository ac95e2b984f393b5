namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Connector REST API v3 addresses. The serviceUrl may carry a path (<c>https://smba.trafficmanager.net/amer/</c>),
/// so it must end with a slash before <c>v3/...</c> is appended, or the last segment would be replaced.
/// Ids go through <see cref="Uri.EscapeDataString"/>: Teams ids contain <c>:</c>, <c>@</c> and <c>;</c>.
/// </summary>
internal static class ConnectorUris
{
    public static Uri Conversations(string serviceUrl) => Combine(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Combine(serviceUrl, $"v3/conversations/{Escape(conversationId, nameof(conversationId))}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Combine(serviceUrl,
            $"v3/conversations/{Escape(conversationId, nameof(conversationId))}/activities/{Escape(activityId, nameof(activityId))}");

    public static Uri NormalizeServiceUrl(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        var trimmed = serviceUrl.Trim();
        var withSlash = trimmed.EndsWith('/') ? trimmed : trimmed + "/";
        if (!Uri.TryCreate(withSlash, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"serviceUrl '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        return uri;
    }

    private static Uri Combine(string serviceUrl, string relativePath) => new(NormalizeServiceUrl(serviceUrl), relativePath);

    private static string Escape(string id, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, name);
        return Uri.EscapeDataString(id);
    }
}
