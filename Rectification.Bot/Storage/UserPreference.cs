using Rectification.Bot.Localization;

namespace Rectification.Bot.Storage;

/// <summary>What the bot remembers about a person on one channel: the language they used last.</summary>
public sealed class UserPreference
{
    private UserPreference()
    {
        ChannelId = string.Empty;
        UserId = string.Empty;
    }

    public UserPreference(string channelId, string userId)
    {
        ChannelId = channelId;
        UserId = userId;
    }

    public string ChannelId { get; private set; }

    public string UserId { get; private set; }

    public Language? LastLanguage { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public void RememberLanguage(Language language, DateTime nowUtc)
    {
        LastLanguage = language;
        UpdatedAtUtc = nowUtc;
    }
}
