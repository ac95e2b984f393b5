namespace Rectification.Bot.Api;

/// <summary>Keys that integrations present in X-Api-Key once the bot runs with a Microsoft App ID.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Api";

    public const string HeaderName = "X-Api-Key";

    public List<string> Keys { get; set; } = [];
}
