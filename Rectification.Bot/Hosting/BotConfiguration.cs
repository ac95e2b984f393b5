using Microsoft.Extensions.Configuration.Json;

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
        var beside = Path.Combine(AppContext.BaseDirectory, FileName);
        if (!File.Exists(beside))
        {
            return builder;
        }

        var sources = builder.Configuration.Sources;
        var firstJson = sources.Select((source, index) => (source, index))
            .FirstOrDefault(s => s.source is JsonConfigurationSource).index;
        builder.Configuration.Sources.Insert(firstJson, new JsonConfigurationSource
        {
            Path = beside,
            Optional = true,
            ReloadOnChange = false,
            FileProvider = null,
        });
        foreach (var source in sources.OfType<JsonConfigurationSource>().Where(s => s.FileProvider is null))
        {
            source.ResolveFileProvider();
        }

        return builder;
    }
}
