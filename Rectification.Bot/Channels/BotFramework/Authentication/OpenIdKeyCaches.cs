using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>One <see cref="OpenIdKeyCache"/> per metadata URL, shared by every validator that uses that URL.</summary>
internal sealed class OpenIdKeyCaches(
    OpenIdKeySetRetriever retriever, TimeProvider timeProvider, ILogger<OpenIdKeyCache> logger)
{
    private readonly ConcurrentDictionary<Uri, OpenIdKeyCache> caches = new();

    // A losing GetOrAdd race only builds an empty cache object that is thrown away; nothing is downloaded.
    public OpenIdKeyCache For(Uri metadataUrl) =>
        caches.GetOrAdd(metadataUrl, url => new OpenIdKeyCache(url, retriever, timeProvider, logger));
}
