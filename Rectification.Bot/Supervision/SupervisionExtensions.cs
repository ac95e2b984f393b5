using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rectification.Domain.Supervision;
using Rectification.Domain.Supervision.FollowUp;

namespace Rectification.Bot.Supervision;

public static class SupervisionExtensions
{
    /// <summary>
    /// 督查督办: the working-day calendar (bundled, extended by Supervision:CalendarFiles), the three-colour ladder on it,
    /// the follow-up checks (回头看) after sign-off, checked at start-up, and a warning when a year near at hand has no holiday notice.
    /// </summary>
    public static WebApplicationBuilder AddSupervision(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SupervisionOptions>().BindConfiguration(SupervisionOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SupervisionOptions>, SupervisionOptionsValidator>());
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SupervisionOptions>>().Value;
            var calendar = OfficeCalendar.Load(options, provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
            return new SupervisionLadder(calendar, options.Thresholds());
        });
        services.AddSingleton<SupervisionToday>();
        services.AddScoped<SupervisionRecorder>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<SupervisionOptions>>().Value.FollowUps());
        services.AddScoped<FollowUpLedger>();
        services.AddScoped<FollowUpRecorder>();
        services.AddHostedService<CalendarCoverageWarning>();
        return builder;
    }
}
