using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Rectification.LoadRunner.Hosts;

/// <summary>
/// The ceiling: bare Kestrel on 127.0.0.1 that reads the whole body and answers a fixed small JSON. Whatever the bot
/// reaches is read as a fraction of what this machine's HTTP stack does in the same run.
/// </summary>
public sealed class CeilingServer : IAsyncDisposable
{
    private static readonly byte[] Answer = """{"type":"message","text":"ok"}"""u8.ToArray();

    private readonly WebApplication _app;

    private CeilingServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesUri => new(BaseAddress, LoadTarget.MessagesPath);

    public static async Task<CeilingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost(LoadTarget.MessagesPath, HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CeilingServer(app, new Uri(address));
    }

    private static async Task HandleAsync(HttpContext http)
    {
        // Read to the end, as the bot must, so the ceiling pays for the same request bytes.
        var buffer = new byte[4096];
        while (await http.Request.Body.ReadAsync(buffer, http.RequestAborted) > 0)
        {
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = Answer.Length;
        await http.Response.Body.WriteAsync(Answer, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
