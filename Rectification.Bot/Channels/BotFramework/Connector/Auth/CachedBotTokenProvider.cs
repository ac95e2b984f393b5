namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>
/// Keeps the current token until shortly before it expires and lets one caller at a time fetch a new one, so a burst
/// of sends (or a cold start with many queued messages) makes a single token request. MSAL caches too; this layer
/// adds the single flight and a clock the tests can move.
/// </summary>
internal sealed class CachedBotTokenProvider(IAccessTokenSource source, TimeProvider time) : IBotTokenProvider, IDisposable
{
    /// <summary>The SDK and MSAL both refresh five minutes ahead; a short-lived token is refreshed at half-life.</summary>
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private CachedToken? _current;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } fresh && IsFresh(fresh))
        {
            return fresh.Value;
        }

        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever held the gate before us may have refreshed already.
            if (_current is { } refreshed && IsFresh(refreshed))
            {
                return refreshed.Value;
            }

            var acquiredAt = time.GetUtcNow();
            var token = await source.AcquireAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _current, new CachedToken(token.Value, RefreshAt(acquiredAt, token.ExpiresOn)));
            return token.Value;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    public void Dispose() => _refreshGate.Dispose();

    private bool IsFresh(CachedToken token) => time.GetUtcNow() < token.RefreshAt;

    private static DateTimeOffset RefreshAt(DateTimeOffset acquiredAt, DateTimeOffset expiresOn)
    {
        var lifetime = expiresOn - acquiredAt;
        var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : TimeSpan.FromTicks(Math.Max(0, lifetime.Ticks / 2));
        return expiresOn - margin;
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
