using Rectification.Bot.Channels.BotFramework.Authentication;
using Rectification.Tests.Fakes;
using static Rectification.Tests.BotFramework.Authentication.AuthenticationTestHost;

namespace Rectification.Tests.BotFramework.Authentication;

/// <summary>Emulator (Entra ID) tokens, brief 2.4, and the refused skill tokens of 2.2.</summary>
public sealed class EmulatorTokenTests : IAsyncLifetime
{
    private const string SingleTenant = "7a0e9d3c-52b4-4c1e-8f6a-2d9b0c4e1f37";

    private AuthenticationTestHost host = null!;

    private FakeOpenIdSigningKey EntraKey => host.Provider.EmulatorKey;

    public async Task InitializeAsync() => host = await StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_Emulator_v1_token_with_our_app_id_in_appid_is_accepted()
    {
        var caller = await host.AcceptedAsync(Bearer(host.Tokens.EmulatorV1(EntraKey)), Message("emulator"));

        Assert.True(caller.IsAuthenticated);
        Assert.Equal(AppId, caller.AppId);
        Assert.Equal("urn:botframework:azure", caller.CallerId);
        Assert.Equal(1, host.Provider.EmulatorKeySetDownloads);
        Assert.Equal(0, host.Provider.ChannelKeySetDownloads);
    }

    [Fact]
    public async Task An_Emulator_v2_token_with_our_app_id_in_azp_is_accepted()
    {
        var caller = await host.AcceptedAsync(Bearer(host.Tokens.EmulatorV2(EntraKey)), Message("emulator"));

        Assert.True(caller.IsAuthenticated);
        Assert.Equal(AppId, caller.AppId);
    }

    [Fact]
    public async Task An_Emulator_v2_token_issued_to_another_app_is_refused()
    {
        // The audience is the channel service, so this is not a skill-shaped token and reaches the azp check.
        var token = host.Tokens.EmulatorV2(EntraKey, spec =>
        {
            spec.Claims["azp"] = "11111111-2222-3333-4444-555555555555";
            spec.Claims["aud"] = "https://api.botframework.com";
        });

        Assert.Equal(AuthenticationFailureReason.InvalidAppId, await host.RefusedAsync(Bearer(token), Message("emulator")));
    }

    [Fact]
    public async Task An_Emulator_v1_token_without_appid_is_refused()
    {
        var token = host.Tokens.EmulatorV1(EntraKey, spec => spec.Claims.Remove("appid"));

        Assert.Equal(AuthenticationFailureReason.InvalidAppId, await host.RefusedAsync(Bearer(token), Message("emulator")));
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("1")]
    public async Task An_Emulator_token_of_an_unknown_version_is_refused(string version)
    {
        var token = host.Tokens.EmulatorV1(EntraKey, spec => spec.Claims["ver"] = version);

        var reason = await host.RefusedAsync(Bearer(token), Message("emulator"));

        Assert.Equal(AuthenticationFailureReason.UnsupportedTokenVersion, reason);
    }

    [Fact]
    public async Task An_Emulator_token_without_a_version_is_refused()
    {
        var token = host.Tokens.EmulatorV1(EntraKey, spec => spec.Claims.Remove("ver"));

        var reason = await host.RefusedAsync(Bearer(token), Message("emulator"));

        Assert.Equal(AuthenticationFailureReason.UnsupportedTokenVersion, reason);
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + SingleTenant + "/", "1.0")]
    [InlineData("https://login.microsoftonline.com/" + SingleTenant + "/v2.0", "2.0")]
    public async Task A_single_tenant_Emulator_token_is_accepted_through_the_issuer_built_from_its_tid(
        string issuer, string version)
    {
        var token = host.Tokens.EmulatorV1(EntraKey, spec =>
        {
            spec.Claims["iss"] = issuer;
            spec.Claims["tid"] = SingleTenant;
            spec.Claims["ver"] = version;
            spec.Claims[version == "2.0" ? "azp" : "appid"] = AppId;
        });

        Assert.True((await host.AcceptedAsync(Bearer(token), Message("emulator"))).IsAuthenticated);
    }

    [Fact]
    public async Task A_tenant_issuer_without_the_matching_tid_takes_the_channel_path_and_is_refused()
    {
        var token = host.Tokens.EmulatorV1(EntraKey, spec => spec.Claims["iss"] = $"https://sts.windows.net/{SingleTenant}/");

        Assert.Equal(AuthenticationFailureReason.UnknownSigningKey, await host.RefusedAsync(Bearer(token), Message("emulator")));
    }

    [Fact]
    public async Task An_Emulator_issuer_does_not_make_a_channel_key_acceptable()
    {
        // Signed by a Bot Connector key, but Emulator tokens are checked against the Entra key set only.
        var token = host.Tokens.EmulatorV1(host.Provider.EndorsedChannelKey);

        Assert.Equal(AuthenticationFailureReason.UnknownSigningKey, await host.RefusedAsync(Bearer(token), Message("emulator")));
    }

    [Fact]
    public async Task An_expired_Emulator_token_is_refused()
    {
        var token = host.Tokens.EmulatorV2(EntraKey, spec =>
        {
            spec.NotBefore = host.Clock.GetUtcNow().AddHours(-2);
            spec.Expires = host.Clock.GetUtcNow().AddMinutes(-6);
        });

        Assert.Equal(AuthenticationFailureReason.Expired, await host.RefusedAsync(Bearer(token), Message("emulator")));
    }

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public async Task A_skill_token_from_another_bot_is_refused_because_this_bot_is_not_a_skill(string version, string claim)
    {
        // Another bot calling this one: aud is our app id, the caller's app id differs (brief 2.2 step 2).
        var token = host.Tokens.EmulatorV1(EntraKey, spec =>
        {
            spec.Claims.Remove("appid");
            spec.Claims["ver"] = version;
            spec.Claims[claim] = "0f9e8d7c-6b5a-4321-9876-abcdef012345";
        });

        Assert.Equal(AuthenticationFailureReason.SkillTokenNotAccepted, await host.RefusedAsync(Bearer(token)));
        Assert.Equal(0, host.Provider.EmulatorKeySetDownloads);
    }
}
