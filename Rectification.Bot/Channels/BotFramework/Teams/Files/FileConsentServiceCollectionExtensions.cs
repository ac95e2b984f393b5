namespace Rectification.Bot.Channels.BotFramework.Teams.Files;

internal static class FileConsentServiceCollectionExtensions
{
    /// <summary>Teams' file consent flow: the answer's handler and the upload client (bounded; no bot token).</summary>
    public static IServiceCollection AddTeamsFileConsent(this IServiceCollection services)
    {
        services.AddHttpClient<FileUploader>(FileUploader.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddScoped<FileConsentHandler>();
        return services;
    }
}
