using Rectification.Bot.Channels.BotFramework.Authentication;
using Rectification.Tests.Fakes;
using static Rectification.Tests.BotFramework.Authentication.AuthenticationTestHost;

namespace Rectification.Tests.BotFramework.Authentication;

/// <summary>When the signing keys are downloaded: once, then daily, and again for a new kid (rate-limited).</summary>
public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private AuthenticationTestHost host = null!;

    public async Task InitializeAsync() => host = await StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private string ValidToken() => Bearer(host.Tokens.Channel(host.Provider.EndorsedChannelKey));

    [Fact]
    public async Task Many_validations_download_the_keys_once()
    {
        for (var i = 0; i < 20; i++)
        {
            await host.AcceptedAsync(ValidToken());
        }

        Assert.Equal(1, host.Provider.ChannelMetadataDownloads);
        Assert.Equal(1, host.Provider.ChannelKeySetDownloads);
    }

    [Fact]
    public async Task Concurrent_first_requests_share_one_download()
    {
        var tokens = Enumerable.Range(0, 16).Select(_ => ValidToken()).ToList();

        var callers = await Task.WhenAll(tokens.Select(token => host.AcceptedAsync(token)));

        Assert.All(callers, caller => Assert.True(caller.IsAuthenticated));
        Assert.Equal(1, host.Provider.ChannelKeySetDownloads);
    }

    [Fact]
    public async Task The_keys_are_downloaded_again_once_they_are_a_day_old()
    {
        await host.AcceptedAsync(ValidToken());

        host.Clock.Advance(TimeSpan.FromHours(23));
        await host.AcceptedAsync(ValidToken());
        Assert.Equal(1, host.Provider.ChannelKeySetDownloads);

        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.AcceptedAsync(ValidToken());
        Assert.Equal(2, host.Provider.ChannelKeySetDownloads);
    }

    [Fact]
    public async Task A_key_published_after_start_up_is_accepted_once_a_token_names_it()
    {
        await host.AcceptedAsync(ValidToken());
        var rotatedIn = FakeOpenIdSigningKey.Create("channel-key-3", 4, FakeOpenIdProvider.EndorsedChannels);
        host.Provider.PublishChannelKey(rotatedIn);

        var caller = await host.AcceptedAsync(Bearer(host.Tokens.Channel(rotatedIn)));

        Assert.True(caller.IsAuthenticated);
        Assert.Equal(2, host.Provider.ChannelKeySetDownloads);
    }

    [Fact]
    public async Task Unknown_kids_cause_at_most_one_download_per_five_minutes()
    {
        await host.AcceptedAsync(ValidToken());
        var unknown = Bearer(host.Tokens.Channel(host.Provider.UnpublishedKey));

        await host.RefusedAsync(unknown);
        await host.RefusedAsync(unknown);
        host.Clock.Advance(TimeSpan.FromMinutes(4));
        await host.RefusedAsync(unknown);
        Assert.Equal(2, host.Provider.ChannelKeySetDownloads);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(AuthenticationFailureReason.UnknownSigningKey, await host.RefusedAsync(unknown));
        Assert.Equal(3, host.Provider.ChannelKeySetDownloads);
    }

    [Fact]
    public async Task A_withdrawn_key_stops_working_after_the_next_download()
    {
        await host.AcceptedAsync(ValidToken());
        host.Provider.WithdrawChannelKey(host.Provider.EndorsedChannelKey);

        host.Clock.Advance(TimeSpan.FromHours(24));

        Assert.Equal(AuthenticationFailureReason.UnknownSigningKey, await host.RefusedAsync(ValidToken()));
    }

    [Fact]
    public async Task Requests_are_refused_while_no_keys_could_ever_be_downloaded()
    {
        var token = ValidToken();
        await host.Provider.DisposeAsync(); // the provider is down from the start

        Assert.Equal(AuthenticationFailureReason.SigningKeysUnavailable, await host.RefusedAsync(token));
    }

    [Fact]
    public async Task The_previous_keys_stay_in_use_while_the_provider_is_unreachable()
    {
        await host.AcceptedAsync(ValidToken());
        await host.Provider.DisposeAsync(); // the provider goes away

        host.Clock.Advance(TimeSpan.FromHours(25));

        Assert.True((await host.AcceptedAsync(ValidToken())).IsAuthenticated);
        Assert.Contains(host.Log.Entries, entry => entry.Text.Contains("Could not download", StringComparison.Ordinal));
    }
}
