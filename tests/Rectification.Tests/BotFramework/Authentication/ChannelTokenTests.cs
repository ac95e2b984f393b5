using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Rectification.Bot.Channels.BotFramework.Authentication;
using Rectification.Tests.Fakes;
using static Rectification.Tests.BotFramework.Authentication.AuthenticationTestHost;

namespace Rectification.Tests.BotFramework.Authentication;

/// <summary>Bot Connector tokens, brief 2.3: each check accepts the good token and refuses the bad one.</summary>
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private AuthenticationTestHost host = null!;

    private FakeOpenIdSigningKey EndorsedKey => host.Provider.EndorsedChannelKey;

    public async Task InitializeAsync() => host = await StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_caller_is_the_public_cloud()
    {
        var caller = await host.AcceptedAsync(Bearer(host.Tokens.Channel(EndorsedKey)));

        Assert.True(caller.IsAuthenticated);
        Assert.Equal(AppId, caller.AppId);
        Assert.Equal("urn:botframework:azure", caller.CallerId);
        Assert.Equal(ServiceUrl, caller.ClaimsIdentity.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task A_token_expired_beyond_the_five_minute_skew_is_refused()
    {
        var token = host.Tokens.Channel(EndorsedKey, spec =>
        {
            spec.NotBefore = host.Clock.GetUtcNow().AddHours(-1);
            spec.Expires = host.Clock.GetUtcNow().AddMinutes(-6);
        });

        Assert.Equal(AuthenticationFailureReason.Expired, await host.RefusedAsync(Bearer(token)));
    }

    [Fact]
    public async Task A_token_not_yet_valid_beyond_the_five_minute_skew_is_refused()
    {
        var token = host.Tokens.Channel(EndorsedKey, spec =>
        {
            spec.NotBefore = host.Clock.GetUtcNow().AddMinutes(6);
            spec.Expires = host.Clock.GetUtcNow().AddHours(1);
        });

        Assert.Equal(AuthenticationFailureReason.NotYetValid, await host.RefusedAsync(Bearer(token)));
    }

    [Fact]
    public async Task Clock_differences_within_five_minutes_are_tolerated_on_both_ends()
    {
        var expiredFourMinutesAgo = host.Tokens.Channel(EndorsedKey, spec =>
        {
            spec.NotBefore = host.Clock.GetUtcNow().AddHours(-1);
            spec.Expires = host.Clock.GetUtcNow().AddMinutes(-4);
        });
        var validInFourMinutes = host.Tokens.Channel(EndorsedKey, spec =>
        {
            spec.NotBefore = host.Clock.GetUtcNow().AddMinutes(4);
            spec.Expires = host.Clock.GetUtcNow().AddHours(1);
        });

        Assert.True((await host.AcceptedAsync(Bearer(expiredFourMinutesAgo))).IsAuthenticated);
        Assert.True((await host.AcceptedAsync(Bearer(validInFourMinutes))).IsAuthenticated);
    }

    [Fact]
    public async Task A_token_without_expiry_is_refused()
    {
        var token = host.Tokens.Channel(EndorsedKey, spec => spec.Expires = null);

        Assert.Equal(AuthenticationFailureReason.InvalidToken, await host.RefusedAsync(Bearer(token)));
    }

    [Theory]
    [InlineData("11111111-2222-3333-4444-555555555555")]
    [InlineData(AppId + "/")]
    [InlineData("https://api.botframework.com")]
    public async Task A_token_for_another_audience_is_refused(string audience)
    {
        var token = host.Tokens.Channel(EndorsedKey, spec => spec.Claims["aud"] = audience);

        Assert.Equal(AuthenticationFailureReason.InvalidAudience, await host.RefusedAsync(Bearer(token)));
    }

    [Theory]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example.com")]
    public async Task A_token_from_another_issuer_is_refused(string issuer)
    {
        var token = host.Tokens.Channel(EndorsedKey, spec => spec.Claims["iss"] = issuer);

        Assert.Equal(AuthenticationFailureReason.InvalidIssuer, await host.RefusedAsync(Bearer(token)));
    }

    [Fact]
    public async Task A_token_signed_by_an_unpublished_key_under_a_published_kid_is_refused()
    {
        var token = host.Tokens.Channel(EndorsedKey.Impostor(slot: 3));

        Assert.Equal(AuthenticationFailureReason.InvalidSignature, await host.RefusedAsync(Bearer(token)));
    }

    [Fact]
    public async Task A_token_whose_kid_is_unknown_is_refused_after_the_keys_are_downloaded_again()
    {
        await host.AcceptedAsync(Bearer(host.Tokens.Channel(EndorsedKey)));
        Assert.Equal(1, host.Provider.ChannelKeySetDownloads);

        var reason = await host.RefusedAsync(Bearer(host.Tokens.Channel(host.Provider.UnpublishedKey)));

        Assert.Equal(AuthenticationFailureReason.UnknownSigningKey, reason);
        Assert.Equal(2, host.Provider.ChannelKeySetDownloads);
    }

    [Fact]
    public async Task A_key_without_endorsements_cannot_sign_channel_tokens()
    {
        var token = host.Tokens.Channel(host.Provider.UnendorsedChannelKey);

        Assert.Equal(AuthenticationFailureReason.MissingEndorsement, await host.RefusedAsync(Bearer(token)));
    }

    [Fact]
    public async Task A_key_endorsed_for_other_channels_cannot_sign_for_this_one()
    {
        var token = host.Tokens.Channel(EndorsedKey);

        var reason = await host.RefusedAsync(Bearer(token), Message(channelId: "telegram"));

        Assert.Equal(AuthenticationFailureReason.MissingEndorsement, reason);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task A_key_signs_for_each_channel_it_is_endorsed_for(string channelId)
    {
        var caller = await host.AcceptedAsync(Bearer(host.Tokens.Channel(EndorsedKey)), Message(channelId));

        Assert.True(caller.IsAuthenticated);
    }

    [Fact]
    public async Task A_token_for_another_service_url_is_refused()
    {
        var token = host.Tokens.Channel(EndorsedKey, spec => spec.Claims["serviceurl"] = "https://evil.example.com/");

        Assert.Equal(AuthenticationFailureReason.ServiceUrlMismatch, await host.RefusedAsync(Bearer(token)));
    }

    [Fact]
    public async Task A_token_without_a_serviceurl_claim_is_refused()
    {
        var token = host.Tokens.Channel(EndorsedKey, spec => spec.Claims.Remove("serviceurl"));

        Assert.Equal(AuthenticationFailureReason.ServiceUrlMismatch, await host.RefusedAsync(Bearer(token)));
    }

    [Fact]
    public async Task The_service_url_matches_regardless_of_case()
    {
        var token = host.Tokens.Channel(EndorsedKey, spec => spec.Claims["serviceurl"] = ServiceUrl.ToUpperInvariant());

        Assert.True((await host.AcceptedAsync(Bearer(token))).IsAuthenticated);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task RSA_signatures_with_SHA_256_384_and_512_are_accepted(string algorithm)
    {
        var token = host.Tokens.Channel(EndorsedKey, spec => spec.Algorithm = algorithm);

        Assert.True((await host.AcceptedAsync(Bearer(token))).IsAuthenticated);
    }

    [Fact]
    public async Task An_HMAC_signed_token_is_refused_before_any_key_is_downloaded()
    {
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = EndorsedKey.KeyId };
        var token = host.Tokens.Channel(EndorsedKey,
            spec => spec.OtherCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        Assert.Equal(AuthenticationFailureReason.DisallowedAlgorithm, await host.RefusedAsync(Bearer(token)));
        Assert.Equal(0, host.Provider.ChannelMetadataDownloads);
    }

    [Fact]
    public async Task A_refusal_is_logged_with_its_reason_but_never_with_the_token()
    {
        var wrongAudience = host.Tokens.Channel(EndorsedKey, spec => spec.Claims["aud"] = "someone-else");
        var forged = host.Tokens.Channel(EndorsedKey.Impostor(slot: 3));

        await host.RefusedAsync(Bearer(wrongAudience));
        await host.RefusedAsync(Bearer(forged));

        var warnings = host.Log.Entries.Where(entry => entry.Text.Contains("Refused", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(nameof(AuthenticationFailureReason.InvalidAudience), warnings[0].Text, StringComparison.Ordinal);
        Assert.Contains(nameof(AuthenticationFailureReason.InvalidSignature), warnings[1].Text, StringComparison.Ordinal);
        foreach (var token in new[] { wrongAudience, forged })
        {
            // Neither the payload nor the signature segment appears anywhere in the log.
            Assert.DoesNotContain(host.Log.Entries, entry => entry.Text.Contains(token.Split('.')[1], StringComparison.Ordinal));
            Assert.DoesNotContain(host.Log.Entries, entry => entry.Text.Contains(token.Split('.')[2], StringComparison.Ordinal));
        }
    }
}
