using System.Text.Json;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>Downloads an OpenID metadata document, then the key set its <c>jwks_uri</c> names.</summary>
internal sealed class OpenIdKeySetRetriever(IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
{
    /// <summary>The named client (see the DI registration for its timeout and size limit).</summary>
    public const string HttpClientName = "BotFramework.OpenIdMetadata";

    public async Task<OpenIdKeySet> RetrieveAsync(Uri metadataUrl, CancellationToken cancellationToken)
    {
        using var client = httpClientFactory.CreateClient(HttpClientName);
        var metadataJson = await client.GetStringAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
        var jwksUri = ReadJwksUri(metadataUrl, metadataJson);
        var jwksJson = await client.GetStringAsync(jwksUri, cancellationToken).ConfigureAwait(false);
        return OpenIdKeySet.Parse(jwksJson, timeProvider.GetUtcNow());
    }

    private static Uri ReadJwksUri(Uri metadataUrl, string metadataJson)
    {
        using var document = JsonDocument.Parse(metadataJson);
        if (!document.RootElement.TryGetProperty("jwks_uri", out var value)
            || value.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(metadataUrl, value.GetString(), out var jwksUri))
        {
            throw new InvalidDataException($"The OpenID metadata at {metadataUrl} has no usable jwks_uri.");
        }

        // The metadata could point anywhere; the keys must come over the same kind of channel as the metadata.
        if (!LoopbackOrHttpsUrl.IsAllowed(jwksUri))
        {
            throw new InvalidDataException(
                $"The OpenID metadata at {metadataUrl} names jwks_uri {jwksUri}, which is neither https nor loopback.");
        }

        return jwksUri;
    }
}
