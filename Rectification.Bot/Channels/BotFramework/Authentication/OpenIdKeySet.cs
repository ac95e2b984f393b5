using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>The signing keys published at one jwks_uri, as fetched at <see cref="FetchedAt"/>.</summary>
internal sealed class OpenIdKeySet
{
    private readonly Dictionary<string, OpenIdSigningKey> keysById;

    private OpenIdKeySet(Dictionary<string, OpenIdSigningKey> keysById, DateTimeOffset fetchedAt)
    {
        this.keysById = keysById;
        FetchedAt = fetchedAt;
    }

    public DateTimeOffset FetchedAt { get; }

    public int Count => keysById.Count;

    public OpenIdSigningKey? Find(string keyId) => keysById.GetValueOrDefault(keyId);

    /// <summary>
    /// Reads a JWKS document. The cryptographic keys come from IdentityModel's <see cref="JsonWebKeySet"/>; the
    /// endorsements are read from the same JSON here, because they are not a JWK member: 8.23 keeps them in
    /// <c>JsonWebKey.AdditionalData</c> as a JsonElement, but what that dictionary holds has changed between
    /// IdentityModel versions (Newtonsoft objects in 6.x, nothing in some 7.x). Keys without a kid are left out: a
    /// token names its key by kid, so they could never be chosen.
    /// </summary>
    public static OpenIdKeySet Parse(string jwksJson, DateTimeOffset fetchedAt)
    {
        var endorsements = ReadEndorsements(jwksJson);
        var keysById = new JsonWebKeySet(jwksJson).GetSigningKeys()
            .Where(key => !string.IsNullOrEmpty(key.KeyId))
            .GroupBy(key => key.KeyId, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => new OpenIdSigningKey(group.Key, group.ToList(), endorsements.GetValueOrDefault(group.Key)),
                StringComparer.Ordinal);
        return new OpenIdKeySet(keysById, fetchedAt);
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadEndorsements(string jwksJson)
    {
        var endorsementsById = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsementsById;
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsementsById[kid.GetString()!] = list.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String)
                    .Select(item => item.GetString()!)
                    .ToList();
            }
        }

        return endorsementsById;
    }
}
