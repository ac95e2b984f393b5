namespace Rectification.Bot.Security;

/// <summary>
/// The "Security" settings. <see cref="Mode"/> is kept as written so that a missing or misspelt value is refused
/// at start-up with the allowed values (<see cref="SecurityOptionsValidator"/>), rather than by the binder.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    public const string ModeKey = Section + ":" + nameof(Mode);

    public string? Mode { get; set; }

    /// <summary>The opt-in that lets Development listen on an address other machines can reach (<see cref="ExposureValidator"/>).</summary>
    public const string AllowUnauthenticatedKey = "Bot:AllowUnauthenticated";

    /// <summary>Whether <see cref="AllowUnauthenticatedKey"/> is true (it lives outside this section, as the operator writes it).</summary>
    public static bool AllowsUnauthenticatedExposure(IConfiguration configuration) =>
        configuration.GetValue(AllowUnauthenticatedKey, defaultValue: false);

    /// <summary>The mode written in <see cref="Mode"/>, by name (case-insensitive); numbers are not modes.</summary>
    public bool TryGetMode(out SecurityMode mode)
    {
        var written = Mode?.Trim();
        var name = Enum.GetNames<SecurityMode>().FirstOrDefault(n => string.Equals(n, written, StringComparison.OrdinalIgnoreCase));
        mode = name is null ? default : Enum.Parse<SecurityMode>(name);
        return name is not null;
    }

    /// <summary>"Development or Production", for messages that tell what to write.</summary>
    public static string AllowedModes => string.Join(" or ", Enum.GetNames<SecurityMode>());
}
