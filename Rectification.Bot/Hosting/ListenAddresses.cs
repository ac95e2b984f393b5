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

    /// <summary>Whether any of ASP.NET Core's own ways of naming addresses says something.</summary>
    public static bool AreConfigured(IConfiguration configuration) =>
        AddressKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
}
