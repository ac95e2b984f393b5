using Microsoft.Extensions.Logging;
using Rectification.Bot.Hosting.Logging;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The signing keys behind one OpenID metadata URL, cached. Refreshed when older than
/// <see cref="MaximumAge"/> (the docs ask for at least daily), and when a token names a kid the cache does not know,
/// because keys can be added at any time. That second kind of refresh is limited to one per
/// <see cref="MinimumRefreshInterval"/> (IdentityModel's own ConfigurationManager default), so made-up kids cannot
/// turn into a flood of downloads; the first one after start-up is never held back. A failed refresh keeps the old
/// keys and is retried no sooner than the same interval. Only one download is in flight at a time.
/// </summary>
internal sealed partial class OpenIdKeyCache(
    Uri metadataUrl, OpenIdKeySetRetriever retriever, TimeProvider timeProvider, ILogger<OpenIdKeyCache> logger)
{
    public static readonly TimeSpan MaximumAge = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim refreshGate = new(1, 1);
    private volatile OpenIdKeySet? current;

    // Both are read and written only while holding refreshGate.
    private DateTimeOffset nextUnknownKeyRefresh = DateTimeOffset.MinValue;
    private DateTimeOffset nextRetryAfterFailure = DateTimeOffset.MinValue;

    public Uri MetadataUrl => metadataUrl;

    /// <summary>The key with this kid, or null when the provider does not publish it (even after a refresh).</summary>
    /// <exception cref="BotFrameworkAuthenticationException">No keys could ever be downloaded.</exception>
    public async Task<OpenIdSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keySet = await RefreshIfNeededAsync(IsMissingOrStale, forUnknownKey: false, cancellationToken)
            .ConfigureAwait(false);
        if (keySet.Find(keyId) is { } key)
        {
            return key;
        }

        keySet = await RefreshIfNeededAsync(set => set?.Find(keyId) is null, forUnknownKey: true, cancellationToken)
            .ConfigureAwait(false);
        return keySet.Find(keyId);
    }

    // After the first successful download there is always a key set; before it, a failed download has thrown.
    private OpenIdKeySet Current =>
        current ?? throw new InvalidOperationException("The key set was read before its first download.");

    private bool IsMissingOrStale(OpenIdKeySet? keySet) =>
        keySet is null || timeProvider.GetUtcNow() - keySet.FetchedAt >= MaximumAge;

    private async Task<OpenIdKeySet> RefreshIfNeededAsync(
        Func<OpenIdKeySet?, bool> isNeeded, bool forUnknownKey, CancellationToken cancellationToken)
    {
        if (!isNeeded(current))
        {
            return Current;
        }

        await refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever held the gate before may have just refreshed.
            if (!isNeeded(current) || !MayDownloadNow(forUnknownKey))
            {
                return Current;
            }

            return await DownloadAsync(forUnknownKey, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            refreshGate.Release();
        }
    }

    private bool MayDownloadNow(bool forUnknownKey)
    {
        if (current is null)
        {
            return true; // nothing to fall back on; callers are serialized by the gate
        }

        var now = timeProvider.GetUtcNow();
        return now >= nextRetryAfterFailure && (!forUnknownKey || now >= nextUnknownKeyRefresh);
    }

    private async Task<OpenIdKeySet> DownloadAsync(bool forUnknownKey, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (forUnknownKey)
        {
            nextUnknownKeyRefresh = now + MinimumRefreshInterval;
        }

        try
        {
            current = await retriever.RetrieveAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
            LogRefreshed(metadataUrl, current.Count, forUnknownKey);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            nextRetryAfterFailure = now + MinimumRefreshInterval;
            LogRefreshFailed(exception, metadataUrl, current is not null);
            if (current is null)
            {
                throw new BotFrameworkAuthenticationException(
                    AuthenticationFailureReason.SigningKeysUnavailable,
                    $"No signing keys could be downloaded from {metadataUrl}.",
                    exception);
            }
        }

        return Current;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Downloaded {KeyCount} signing keys from {MetadataUrl} (unknown key id: {ForUnknownKey})")]
    private partial void LogRefreshed(Uri metadataUrl, int keyCount, bool forUnknownKey);

    [LoggerMessage(EventId = FailureEvents.SigningKeysRefreshFailed, Level = LogLevel.Error,
        Message = "Could not download the signing keys from {MetadataUrl}; still using the previous keys: {HasPrevious}")]
    private partial void LogRefreshFailed(Exception exception, Uri metadataUrl, bool hasPrevious);
}
