using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace Rectification.Tests.Fakes;

/// <summary>
/// MSAL talks https only, so the fake login needs a certificate: a self-signed one for 127.0.0.1 made in memory.
/// Only the HTTP client built here trusts it, pinned by its hash; production TLS validation is untouched.
/// </summary>
public static class FakeLoginCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Round trip through PFX so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }

    /// <summary>An HTTP client that accepts exactly <paramref name="certificate"/> besides what the system trusts.</summary>
    public static HttpClient CreateTrustingClient(X509Certificate2 certificate)
    {
        var pinned = certificate.GetCertHash();
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None
            || (presented is not null && presented.GetCertHash().AsSpan().SequenceEqual(pinned));
        return new HttpClient(handler);
    }
}

/// <summary>The MSAL hook: one shared client trusting the fake login's certificate.</summary>
public sealed class FakeLoginMsalHttpClientFactory(X509Certificate2 certificate) : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient _client = FakeLoginCertificate.CreateTrustingClient(certificate);

    public HttpClient GetHttpClient() => _client;

    public void Dispose() => _client.Dispose();
}
