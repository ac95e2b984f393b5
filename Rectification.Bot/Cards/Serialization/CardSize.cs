namespace Rectification.Bot.Cards.Serialization;

/// <summary>
/// Message size as Teams counts it: the JSON encoded as UTF-16, two bytes per character. Over about 100 KB a bot
/// message fails with HTTP 413; Microsoft advises staying within 80 KB; webhooks and Workflows allow 28 KB.
/// </summary>
public static class CardSize
{
    public const int RecommendedMaxBytes = 80 * 1024;

    public const int WebhookMaxBytes = 28 * 1024;

    public static int Utf16Bytes(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Length * sizeof(char);
    }
}
