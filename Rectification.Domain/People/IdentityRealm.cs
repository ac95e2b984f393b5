namespace Rectification.Domain.People;

/// <summary>
/// The kinds of account a person is known by. Several channels may share a realm: Teams, the other Bot Framework
/// channels and (later) the web with Microsoft login all name people by their Microsoft account. Stored as these strings.
/// </summary>
public static class IdentityRealm
{
    public const int MaxLength = 32;

    /// <summary>Microsoft accounts: Teams and the other Bot Framework channels, and the web with Microsoft login.</summary>
    public const string Microsoft = "microsoft";

    public const string Telegram = "telegram";

    public static IReadOnlyList<string> All { get; } = [Microsoft, Telegram];

    /// <summary>The realm a word names (microsoft, telegram; teams means microsoft), case-insensitive; null for anything else.</summary>
    public static string? Parse(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        Microsoft or "teams" or "msteams" => Microsoft,
        Telegram => Telegram,
        _ => null,
    };
}
