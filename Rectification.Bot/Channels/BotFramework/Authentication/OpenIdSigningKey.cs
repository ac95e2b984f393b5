using Microsoft.IdentityModel.Tokens;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// One published key (by kid) with the Bot Framework's non-standard <c>endorsements</c>: the channels the key may
/// sign for. <see cref="Endorsements"/> is null when the key has no such member (Entra ID keys never do).
/// </summary>
internal sealed record OpenIdSigningKey(
    string KeyId, IReadOnlyList<SecurityKey> SecurityKeys, IReadOnlyList<string>? Endorsements)
{
    /// <summary>
    /// The SDK's endorsement rule: an empty channel id passes; otherwise the key must list it (ordinal). A key with
    /// no endorsements passes only where endorsements are not required (Emulator tokens, brief 2.3).
    /// </summary>
    public bool IsEndorsedFor(string? channelId, bool endorsementRequired)
    {
        if (Endorsements is null)
        {
            return !endorsementRequired;
        }

        return string.IsNullOrEmpty(channelId) || Endorsements.Contains(channelId, StringComparer.Ordinal);
    }
}
