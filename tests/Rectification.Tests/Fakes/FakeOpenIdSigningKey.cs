using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Rectification.Tests.Fakes;

/// <summary>
/// An RSA key pair as an OpenID provider publishes it: the public half (with its kid and, for Bot Framework keys,
/// its endorsements) as a JWK, the private half to sign test tokens.
/// </summary>
internal sealed class FakeOpenIdSigningKey
{
    // Generating 2048-bit keys is slow; each slot is made once per test run and shared (as parameters, so every
    // key object has its own RSA instance).
    private static readonly ConcurrentDictionary<int, RSAParameters> GeneratedKeys = new();

    private readonly RSAParameters parameters;

    private FakeOpenIdSigningKey(string keyId, RSAParameters parameters, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        this.parameters = parameters;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    /// <summary>The channels this key may sign for; null publishes the key without an endorsements member.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    /// <param name="slot">Which shared key pair to use: keys in different slots can never verify each other.</param>
    public static FakeOpenIdSigningKey Create(string keyId, int slot, IReadOnlyList<string>? endorsements = null) =>
        new(keyId, GeneratedKeys.GetOrAdd(slot, _ => Generate()), endorsements);

    /// <summary>A different key pair that claims this key's kid: its signatures must not verify.</summary>
    public FakeOpenIdSigningKey Impostor(int slot) => Create(KeyId, slot, Endorsements);

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(parameters) { KeyId = KeyId }, algorithm);

    /// <summary>The public JWK, plus the Bot Framework's non-standard endorsements member.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    private static RSAParameters Generate()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportParameters(includePrivateParameters: true);
    }
}
