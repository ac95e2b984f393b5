using Rectification.Bot.Channels.BotFramework.Authentication;
using static Rectification.Tests.BotFramework.Authentication.AuthenticationTestHost;

namespace Rectification.Tests.BotFramework.Authentication;

/// <summary>The header itself, and the no-app-id mode of brief 2.5.</summary>
public sealed class AuthorizationHeaderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Without_a_header_a_bot_with_an_app_id_refuses_the_request(string? header)
    {
        await using var host = await StartAsync();

        Assert.Equal(AuthenticationFailureReason.MissingAuthorizationHeader, await host.RefusedAsync(header));
    }

    [Fact]
    public async Task Without_a_header_a_bot_without_an_app_id_accepts_the_request_as_anonymous()
    {
        await using var host = await StartAsync(settings => settings["MicrosoftAppId"] = "");

        var caller = await host.AcceptedAsync(null);

        Assert.False(caller.IsAuthenticated);
        Assert.False(caller.ClaimsIdentity.IsAuthenticated);
        Assert.Null(caller.AppId);
        Assert.Null(caller.CallerId);
        Assert.Equal(0, host.Provider.ChannelMetadataDownloads);
    }

    [Fact]
    public async Task With_a_header_a_bot_without_an_app_id_still_refuses_the_request()
    {
        await using var host = await StartAsync(settings => settings["MicrosoftAppId"] = null);

        var reason = await host.RefusedAsync(Bearer(host.Tokens.Channel(host.Provider.EndorsedChannelKey)));

        Assert.Equal(AuthenticationFailureReason.NoAppIdConfigured, reason);
    }

    [Theory]
    [InlineData("Basic xyz")]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer  two-spaces")]
    [InlineData("Bearer a b")]
    [InlineData("bearer lower-case-scheme")]
    public async Task A_header_that_is_not_exactly_Bearer_and_a_token_is_refused(string header)
    {
        await using var host = await StartAsync();

        Assert.Equal(AuthenticationFailureReason.MalformedAuthorizationHeader, await host.RefusedAsync(header));
    }

    [Theory]
    [InlineData("Bearer xyz")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0")]
    public async Task A_bearer_value_that_is_not_a_JWT_is_refused(string header)
    {
        await using var host = await StartAsync();

        Assert.Equal(AuthenticationFailureReason.MalformedToken, await host.RefusedAsync(header));
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        await using var host = await StartAsync();
        var unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.";

        Assert.Equal(AuthenticationFailureReason.DisallowedAlgorithm, await host.RefusedAsync(Bearer(unsigned)));
    }
}
