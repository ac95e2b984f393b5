using Microsoft.Extensions.Options;

namespace Rectification.Bot.Security;

/// <summary>
/// What the configured <see cref="SecurityMode"/> implies, in one place: the API key filter, the reporting rules
/// and the start-up checks of each part ask this instead of looking for the absence of some other setting.
/// </summary>
public sealed record SecurityPolicy(SecurityMode Mode)
{
    /// <summary>The ledger API answers only requests with a configured key (and refuses to start without one).</summary>
    public bool LedgerApiNeedsKey => Mode == SecurityMode.Production;

    /// <summary>People the bot does not know may report progress unless Reporting:AllowUnknownUsers says otherwise.</summary>
    public bool UnknownUsersMayReportByDefault => Mode == SecurityMode.Development;

    /// <summary>
    /// Every channel must authenticate its callers: a channel's unauthenticated mode (the Bot Framework Emulator's
    /// "no app id") may not be in effect, and the channel refuses to start rather than accept anyone.
    /// </summary>
    public bool ChannelsMustAuthenticate => Mode == SecurityMode.Production;

    /// <summary>The start-up refusal of a part whose settings do not meet this mode, naming the mode and the fix.</summary>
    public string Requires(string requirement) => $"{SecurityOptions.ModeKey} is {Mode}, so {requirement}";

    /// <summary>The policy of validated options (reading them validates them, so an unset mode throws here too).</summary>
    internal static SecurityPolicy From(IOptions<SecurityOptions> options)
    {
        options.Value.TryGetMode(out var mode);
        return new SecurityPolicy(mode);
    }
}
