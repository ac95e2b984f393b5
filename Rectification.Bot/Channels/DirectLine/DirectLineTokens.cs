using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>What a token lets its holder do: use one conversation as one user, until it expires.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId, string? UserName);

/// <summary>
/// Direct Line tokens: JWTs signed with DirectLine:TokenSigningKey (HS256), each bound to one conversation and one
/// user, lasting DirectLine:TokenLifetime. Nothing is stored: any instance with the key checks them.
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const string Issuer = "rectification-bot/directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string NameClaim = "name";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Made once per process when no key is configured (Development only, which the validator enforces).</summary>
    private static readonly byte[] StartKey = RandomNumberGenerator.GetBytes(32);

    private readonly SymmetricSecurityKey _key = new(options.Value.TokenSigningKey is { } configured ? Encoding.UTF8.GetBytes(configured) : StartKey);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(DirectLineGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [ConversationClaim] = grant.ConversationId, [UserClaim] = grant.UserId };
        if (grant.UserName is { } name)
        {
            claims[NameClaim] = name;
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The grant of a valid, unexpired token of this bot; null for anything else.</summary>
    public async Task<DirectLineGrant?> ReadAsync(string token)
    {
        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } end && clock.GetUtcNow().UtcDateTime < end.AddSeconds(30) && (notBefore is not { } start || start <= clock.GetUtcNow().UtcDateTime.AddSeconds(30)),
        });
        if (!result.IsValid || result.ClaimsIdentity is not { } identity)
        {
            return null;
        }

        return Claim(identity, ConversationClaim) is { } conversation && Claim(identity, UserClaim) is { } user
            ? new DirectLineGrant(conversation, user, Claim(identity, NameClaim))
            : null;
    }

    private static string? Claim(ClaimsIdentity identity, string type) => identity.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;
}
