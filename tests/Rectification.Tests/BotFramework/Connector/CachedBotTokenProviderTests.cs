using Microsoft.Extensions.Time.Testing;
using Rectification.Bot.Channels.BotFramework.Connector.Auth;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>The token cache on a clock the test moves: kept until near expiry, refreshed by one caller at a time.</summary>
public sealed class CachedBotTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_token_is_reused_until_five_minutes_before_expiry_then_refreshed_once()
    {
        var source = new CountingSource(_time, lifetime: TimeSpan.FromHours(1));
        using var provider = new CachedBotTokenProvider(source, _time);

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(2, source.Calls);
    }

    [Fact]
    public async Task A_short_lived_token_is_refreshed_at_half_life_instead_of_every_call()
    {
        var source = new CountingSource(_time, lifetime: TimeSpan.FromMinutes(4));
        using var provider = new CachedBotTokenProvider(source, _time);

        await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        await provider.GetTokenAsync(CancellationToken.None);
        Assert.Equal(1, source.Calls);

        _time.Advance(TimeSpan.FromMinutes(1));
        await provider.GetTokenAsync(CancellationToken.None);
        Assert.Equal(2, source.Calls);
    }

    [Fact(Timeout = 10_000)]
    public async Task Concurrent_callers_wait_for_the_one_acquisition_in_flight()
    {
        var source = new CountingSource(_time, lifetime: TimeSpan.FromHours(1)) { Gate = new TaskCompletionSource() };
        using var provider = new CachedBotTokenProvider(source, _time);

        var callers = Enumerable.Range(0, 10).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()).ToArray();
        await Task.Delay(50);
        source.Gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, source.Calls);
        Assert.All(tokens, token => Assert.Equal("token-1", token));
    }

    [Fact]
    public async Task A_failed_acquisition_is_not_cached()
    {
        var source = new CountingSource(_time, lifetime: TimeSpan.FromHours(1)) { FailNext = true };
        using var provider = new CachedBotTokenProvider(source, _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
    }

    private sealed class CountingSource(TimeProvider time, TimeSpan lifetime) : IAccessTokenSource
    {
        private int _calls;

        public int Calls => _calls;

        public TaskCompletionSource? Gate { get; init; }

        public bool FailNext { get; set; }

        public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            if (Gate is not null)
            {
                await Gate.Task.WaitAsync(cancellationToken);
            }

            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("login down");
            }

            return new AccessToken($"token-{call}", time.GetUtcNow() + lifetime);
        }
    }
}
