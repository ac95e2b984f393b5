namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// The DirectLine section: the Direct Line 3.0 endpoint Web Chat talks to. Tokens are signed with
/// <see cref="TokenSigningKey"/> (every instance needs the same one); an embedding site may hold
/// <see cref="Secret"/> and ask for tokens with it, as it would of Azure's Direct Line.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>At least this many characters, for the secret and the signing key alike.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>The secret an embedding site sends as its bearer token; none when no site embeds the bot.</summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Signs the tokens; required in Production. In Development, without one, each start makes its own, so tokens
    /// then last until a restart and hold on one instance only.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token lasts; a client refreshes it before that (Web Chat does, every 15 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often an open stream looks in the database for what another instance added to its conversation.</summary>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
