using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Rectification.Bot.Hosting;

public static class BotConfiguration
{
    private const string FileName = "appsettings.json";

    /// <summary>
    /// The repository-root appsettings.json is copied beside the bot's binaries at build. Reading that copy
    /// first means the bot finds its configuration whether started from the repository root or its own
    /// folder; a file in the working directory and the environment still override it.
    /// </summary>
    public static WebApplicationBuilder UseRepositoryConfiguration(this WebApplicationBuilder builder)
    {
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, FileName)))
        {
            return builder;
        }

        var sources = builder.Configuration.Sources;
        var firstJson = sources.Select((source, index) => (source, index)).FirstOrDefault(s => s.source is JsonConfigurationSource).index;
        var beside = new JsonConfigurationSource
        {
            // Lives as long as the configuration, which lives as long as the process.
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = FileName,
            Optional = true,
            ReloadOnChange = false,
        };
        sources.Insert(firstJson, beside);
        return builder;
    }
}
