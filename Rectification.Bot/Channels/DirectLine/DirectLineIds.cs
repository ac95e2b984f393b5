using System.Security.Cryptography;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>The ids Direct Line makes up: random, so nobody guesses another's conversation.</summary>
internal static class DirectLineIds
{
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Direct Line's form of a user id it makes up: dl_ and random hex.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
