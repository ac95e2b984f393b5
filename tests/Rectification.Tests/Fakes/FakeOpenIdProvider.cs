using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Rectification.Tests.Fakes;

/// <summary>
/// The two OpenID providers an inbound Bot Framework request is checked against, on 127.0.0.1: the Bot Connector's
/// (<c>/v1/.well-known/openidconfiguration</c> and <c>/v1/.well-known/keys</c>, keys with endorsements) and an
/// Entra-ID-like one for Emulator tokens (keys without endorsements). Keys can be published or withdrawn while
/// it runs, and every download is counted.
/// </summary>
internal sealed class FakeOpenIdProvider : IAsyncDisposable
{
    /// <summary>The channels the endorsed channel key signs for.</summary>
    public static readonly string[] EndorsedChannels = ["msteams", "webchat", "directline"];

    private readonly LoopbackServer server;
    private readonly FakeKeySet channelKeys;
    private readonly FakeKeySet emulatorKeys;

    private FakeOpenIdProvider(LoopbackServer server, FakeKeySet channelKeys, FakeKeySet emulatorKeys)
    {
        this.server = server;
        this.channelKeys = channelKeys;
        this.emulatorKeys = emulatorKeys;
    }

    /// <summary>Published by the channel provider, endorsed for <see cref="EndorsedChannels"/>.</summary>
    public FakeOpenIdSigningKey EndorsedChannelKey { get; } = FakeOpenIdSigningKey.Create("channel-key-1", 0, EndorsedChannels);

    /// <summary>Published by the channel provider without an endorsements member.</summary>
    public FakeOpenIdSigningKey UnendorsedChannelKey { get; } = FakeOpenIdSigningKey.Create("channel-key-2", 1);

    /// <summary>Published by the Emulator (Entra ID) provider.</summary>
    public FakeOpenIdSigningKey EmulatorKey { get; } = FakeOpenIdSigningKey.Create("entra-key-1", 2);

    /// <summary>Published by no one.</summary>
    public FakeOpenIdSigningKey UnpublishedKey { get; } = FakeOpenIdSigningKey.Create("unpublished-key", 3, EndorsedChannels);

    public Uri ChannelMetadataUrl => new(server.BaseAddress, "v1/.well-known/openidconfiguration");

    public Uri EmulatorMetadataUrl => new(server.BaseAddress, "emulator/v2.0/.well-known/openid-configuration");

    public int ChannelMetadataDownloads => channelKeys.MetadataDownloads;

    public int ChannelKeySetDownloads => channelKeys.KeySetDownloads;

    public int EmulatorKeySetDownloads => emulatorKeys.KeySetDownloads;

    public static async Task<FakeOpenIdProvider> StartAsync()
    {
        var channelKeys = new FakeKeySet();
        var emulatorKeys = new FakeKeySet();
        var server = await LoopbackServer.StartAsync(app =>
        {
            channelKeys.Map(app, "/v1/.well-known/openidconfiguration", "/v1/.well-known/keys");
            emulatorKeys.Map(app, "/emulator/v2.0/.well-known/openid-configuration", "/emulator/discovery/v2.0/keys");
        });
        var provider = new FakeOpenIdProvider(server, channelKeys, emulatorKeys);
        channelKeys.Publish(provider.EndorsedChannelKey);
        channelKeys.Publish(provider.UnendorsedChannelKey);
        emulatorKeys.Publish(provider.EmulatorKey);
        return provider;
    }

    /// <summary>Adds (or rotates in) a channel key; the bot sees it only after it downloads the key set again.</summary>
    public void PublishChannelKey(FakeOpenIdSigningKey key) => channelKeys.Publish(key);

    public void WithdrawChannelKey(FakeOpenIdSigningKey key) => channelKeys.Withdraw(key);

    public ValueTask DisposeAsync() => server.DisposeAsync();

    /// <summary>One provider's metadata document and key set.</summary>
    private sealed class FakeKeySet
    {
        private readonly Lock gate = new();
        private readonly List<FakeOpenIdSigningKey> keys = [];
        private int metadataDownloads;
        private int keySetDownloads;

        public int MetadataDownloads => Volatile.Read(ref metadataDownloads);

        public int KeySetDownloads => Volatile.Read(ref keySetDownloads);

        public void Publish(FakeOpenIdSigningKey key)
        {
            lock (gate)
            {
                keys.Add(key);
            }
        }

        public void Withdraw(FakeOpenIdSigningKey key)
        {
            lock (gate)
            {
                keys.Remove(key);
            }
        }

        public void Map(WebApplication app, string metadataPath, string keySetPath)
        {
            app.MapGet(metadataPath, (HttpRequest request) =>
            {
                Interlocked.Increment(ref metadataDownloads);
                var jwksUri = $"{request.Scheme}://{request.Host}{keySetPath}";
                return Results.Json(new Dictionary<string, object>
                {
                    ["issuer"] = "https://api.botframework.com",
                    ["jwks_uri"] = jwksUri,
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                });
            });
            app.MapGet(keySetPath, () =>
            {
                Interlocked.Increment(ref keySetDownloads);
                lock (gate)
                {
                    return Results.Json(new { keys = keys.Select(key => key.ToJwk()).ToList() });
                }
            });
        }
    }
}
