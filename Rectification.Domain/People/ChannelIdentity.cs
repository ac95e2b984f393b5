namespace Rectification.Domain.People;

/// <summary>How a channel names the user behind a message.</summary>
/// <param name="Channel">The channel id (msteams, telegram, console, …).</param>
/// <param name="UserId">The channel's user id (from.id).</param>
/// <param name="AadObjectId">The Azure AD object id Teams adds (from.aadObjectId), if any.</param>
/// <param name="DisplayName">The name the channel shows, used for unknown users.</param>
public sealed record ChannelIdentity(string Channel, string UserId, string? AadObjectId = null, string? DisplayName = null)
{
    /// <summary>The id people are registered under: the AAD object id where present, else the channel's id.</summary>
    public string PreferredId => string.IsNullOrWhiteSpace(AadObjectId) ? UserId : AadObjectId;
}
