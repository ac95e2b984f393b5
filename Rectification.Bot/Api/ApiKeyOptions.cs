namespace Rectification.Bot.Api;

/// <summary>Keys that integrations present in X-Api-Key when the bot runs in Security:Mode Production.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Api";

    public const string HeaderName = "X-Api-Key";

    public const string KeysKey = Section + ":" + nameof(Keys);

    public List<string> Keys { get; set; } = [];

    /// <summary>The keys that can be presented: an empty entry (an unset environment variable) opens nothing.</summary>
    public IEnumerable<string> UsableKeys => Keys.Where(k => !string.IsNullOrEmpty(k));
}
