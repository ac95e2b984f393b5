namespace Rectification.Domain.People;

/// <summary>How a channel names the user behind a message.</summary>
/// <param name="Realm">The kind of account (<see cref="IdentityRealm"/>): microsoft, telegram.</param>
/// <param name="UserId">The account's id in its realm (Bot Framework from.id, Telegram's user id).</param>
/// <param name="AlternateUserId">A second id of the same account, when the channel sends one (Teams' AAD object id beside from.id).</param>
/// <param name="DisplayName">The name the channel shows, used for unknown users.</param>
public sealed record ChannelIdentity(string Realm, string UserId, string? AlternateUserId = null, string? DisplayName = null)
{
    /// <summary>The ids to look the account up by, trimmed, without blanks or repeats, the channel's own id first.</summary>
    public IReadOnlyList<string> Ids =>
        new[] { UserId, AlternateUserId }.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
