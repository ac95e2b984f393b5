using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Rectification.Tests.Fakes;

/// <summary>
/// Real Kestrel on 127.0.0.1 with a port the OS picks, answering every request with one delegate; https when given a
/// certificate. The base of the connector and login fakes (<see cref="LoopbackServer"/> is http only; MSAL needs https).
/// </summary>
public sealed class ConnectorTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConnectorTestServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Scheme, 127.0.0.1 and port, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    public static async Task<ConnectorTestServer> StartAsync(RequestDelegate answer, X509Certificate2? certificate = null)
    {
        // The empty builder reads no configuration files and logs nothing: a fake must not depend on the test folder.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        app.Run(answer);
        using var startTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await app.StartAsync(startTimeout.Token);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new ConnectorTestServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stopTimeout.Token);
        await _app.DisposeAsync();
    }
}
