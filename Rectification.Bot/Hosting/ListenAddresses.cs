namespace Rectification.Bot.Hosting;

/// <summary>
/// Where the bot listens, decided in one place. ASP.NET Core's own conventions win: ASPNETCORE_URLS,
/// ASPNETCORE_HTTP_PORTS / ASPNETCORE_HTTPS_PORTS (which container images set), <c>--urls</c> on the command line
/// and <c>Urls</c> in a configuration file. Only when none of them is given does the bot take the Bot Framework
/// Emulator's customary address, <see cref="Default"/>.
/// </summary>
public static class ListenAddresses
{
    /// <summary>The address when nothing else is configured: loopback only, the port the Emulator expects.</summary>
    public const string Default = "http://localhost:3978";

    /// <summary>
    /// The configuration keys through which ASP.NET Core takes listen addresses. The host reads the
    /// ASPNETCORE_-prefixed environment variables and the command line into these same keys.
    /// </summary>
    private static readonly string[] AddressKeys = ["urls", "http_ports", "https_ports"];

    public static WebApplicationBuilder AddListenAddresses(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!AreConfigured(builder.Configuration))
        {
            builder.WebHost.UseUrls(Default);
        }

        return builder;
    }

    /// <summary>
    /// The addresses the host will bind, as written: the URLs of <c>urls</c> and of Kestrel:Endpoints, and a
    /// wildcard URL for each port of <c>http_ports</c>/<c>https_ports</c> (which bind every interface); the default
    /// when none is set. Endpoints made in code (the tests' harness) are not seen here.
    /// </summary>
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = Split(configuration["urls"]).ToList();
        urls.AddRange(Split(configuration["http_ports"]).Select(port => $"http://*:{port}"));
        urls.AddRange(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"));
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return urls.Count > 0 ? urls : [Default];
    }

    /// <summary>Whether a URL binds only the loopback interface (localhost, 127.0.0.0/8, [::1]).</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Split("://", 2)[^1].Split('/')[0];
        host = host.StartsWith('[') ? host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)] : host.Split(':')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether any of ASP.NET Core's own ways of naming addresses says something.</summary>
    public static bool AreConfigured(IConfiguration configuration) =>
        AddressKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
}
