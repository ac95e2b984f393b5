using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rectification.Tests.Fakes;

/// <summary>What goes into a test token; start from a valid one and change the one thing a test is about.</summary>
internal sealed class FakeTokenSpec
{
    public required FakeOpenIdSigningKey Key { get; set; }

    public string Algorithm { get; set; } = SecurityAlgorithms.RsaSha256;

    /// <summary>Signs with these instead of <see cref="Key"/> (e.g. an HMAC key, for algorithm-confusion tests).</summary>
    public SigningCredentials? OtherCredentials { get; set; }

    /// <summary>The payload claims (iss, aud, serviceurl, ver, appid, azp, tid, …); times are set separately.</summary>
    public Dictionary<string, object> Claims { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset NotBefore { get; set; }

    /// <summary>The exp claim; null leaves it out.</summary>
    public DateTimeOffset? Expires { get; set; }
}

/// <summary>
/// Mints the tokens a Bot Connector or the Emulator would send, with IdentityModel, signed by a fake provider's
/// keys. Lifetimes are relative to the given clock.
/// </summary>
internal sealed class FakeOpenIdTokens(TimeProvider clock, string appId, string serviceUrl)
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorV2Issuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A Bot Connector token for this bot and service URL, signed with <paramref name="key"/>.</summary>
    public string Channel(FakeOpenIdSigningKey key, Action<FakeTokenSpec>? change = null) =>
        Mint(key, change, new() { ["iss"] = ChannelIssuer, ["aud"] = appId, ["serviceurl"] = serviceUrl });

    /// <summary>An Entra ID v1 token as the Emulator sends it: the bot's app id in appid.</summary>
    public string EmulatorV1(FakeOpenIdSigningKey key, Action<FakeTokenSpec>? change = null) =>
        Mint(key, change, new() { ["iss"] = EmulatorV1Issuer, ["aud"] = appId, ["ver"] = "1.0", ["appid"] = appId });

    /// <summary>An Entra ID v2 token as the Emulator sends it: the bot's app id in azp.</summary>
    public string EmulatorV2(FakeOpenIdSigningKey key, Action<FakeTokenSpec>? change = null) =>
        Mint(key, change, new() { ["iss"] = EmulatorV2Issuer, ["aud"] = appId, ["ver"] = "2.0", ["azp"] = appId });

    public static string Mint(FakeTokenSpec spec) => Handler.CreateToken(new SecurityTokenDescriptor
    {
        Claims = spec.Claims,
        NotBefore = spec.NotBefore.UtcDateTime,
        Expires = spec.Expires?.UtcDateTime,
        SigningCredentials = spec.OtherCredentials ?? spec.Key.Credentials(spec.Algorithm),
    });

    private string Mint(FakeOpenIdSigningKey key, Action<FakeTokenSpec>? change, Dictionary<string, object> claims)
    {
        var now = clock.GetUtcNow();
        var spec = new FakeTokenSpec { Key = key, NotBefore = now.AddMinutes(-1), Expires = now.AddHours(1) };
        foreach (var (name, value) in claims)
        {
            spec.Claims[name] = value;
        }

        change?.Invoke(spec);
        return Mint(spec);
    }
}
