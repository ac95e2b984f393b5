using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting.Commands;
using Rectification.Bot.Security;
using Rectification.Domain.People;
using Rectification.Domain.Progress;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Administration;

public static class AdministrationExtensions
{
    /// <summary>
    /// People, their accounts (recent visitors, link codes) and roles, the progress recorder, the administration service behind the admin chat commands,
    /// and the `people` and `assign` command-line verbs. Needs the storage (AddStorage) and the security mode
    /// (AddSecurityMode) first.
    /// </summary>
    public static WebApplicationBuilder AddAdministration(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // Nothing to check beyond the binding itself: "Reporting:AllowUnknownUsers=yes" is refused at start, not at the first report.
        services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section).ValidateOnStart();

        // Read when first needed, so tests and hosts can still override configuration.
        services.TryAddSingleton(provider => ReportingOptions.Resolve(
            provider.GetRequiredService<IOptions<ReportingOptions>>().Value, provider.GetRequiredService<SecurityPolicy>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<LinkCodes>();
        services.TryAddScoped<ProgressRecorder>();
        services.TryAddScoped<AdministrationService>();
        services.TryAddSingleton(_ => CommandOutput.Console());
        services.AddSingleton<IBotCommand, PeopleCommand>();
        services.AddSingleton<IBotCommand, AssignCommand>();
        services.AddSingleton<IBotCommand, CorrectCommand>();
        services.AddScoped<IBotCommand, DeliveriesCommand>();
        return builder;
    }
}
