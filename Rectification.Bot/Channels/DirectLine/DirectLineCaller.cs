using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// Who calls the endpoint: the site holding the secret (any conversation, users as it says), or the holder of a token
/// (its one conversation, as its one user). Anyone else is nobody.
/// </summary>
public sealed record DirectLineCaller(bool HoldsSecret, DirectLineGrant? Grant)
{
    /// <summary>Whether the caller may use the conversation: the secret may use any, a token only its own.</summary>
    public bool MayUse(string conversationId) => HoldsSecret || string.Equals(Grant?.ConversationId, conversationId, StringComparison.Ordinal);
}

/// <summary>Reads the caller from the bearer token of a request (or the stream's <c>t</c> query parameter).</summary>
public sealed class DirectLineCallers(IOptions<DirectLineOptions> options, DirectLineTokens tokens)
{
    public const string StreamTokenParameter = "t";

    public Task<DirectLineCaller?> FromAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string Bearer = "Bearer ";
        var presented = header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase)
            ? header[Bearer.Length..].Trim()
            : request.Query[StreamTokenParameter].ToString();
        return FromTokenAsync(presented);
    }

    private async Task<DirectLineCaller?> FromTokenAsync(string presented)
    {
        if (presented.Length == 0)
        {
            return null;
        }

        if (options.Value.Secret is { } secret
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(secret)))
        {
            return new DirectLineCaller(HoldsSecret: true, Grant: null);
        }

        return await tokens.ReadAsync(presented) is { } grant ? new DirectLineCaller(HoldsSecret: false, grant) : null;
    }
}
