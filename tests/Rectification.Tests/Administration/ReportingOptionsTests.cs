using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Domain.People;

namespace Rectification.Tests.Administration;

public sealed class ReportingOptionsTests
{
    private static ReportingRules Resolve(params (string Key, string? Value)[] settings) =>
        ReportingOptions.Resolve(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Unknown_users_may_report_in_local_mode_by_default()
    {
        Assert.True(Resolve().AllowUnknownUsers);
        Assert.True(Resolve(("MicrosoftAppId", " ")).AllowUnknownUsers);
    }

    [Fact]
    public void Unknown_users_may_not_report_by_default_once_a_Microsoft_App_ID_is_configured()
    {
        Assert.False(Resolve(("MicrosoftAppId", "00000000-0000-0000-0000-00000000000a")).AllowUnknownUsers);
    }

    [Fact]
    public void The_setting_overrides_the_default_either_way()
    {
        Assert.True(Resolve(("MicrosoftAppId", "app"), ("Reporting:AllowUnknownUsers", "true")).AllowUnknownUsers);
        Assert.False(Resolve(("Reporting:AllowUnknownUsers", "false")).AllowUnknownUsers);
    }

    [Fact]
    public async Task The_host_registers_the_rules_from_its_configuration()
    {
        await using var local = await CommandHost.StartAsync();
        await using var authenticated = await CommandHost.StartAsync(new KeyValuePair<string, string?>("MicrosoftAppId", "app-id"));

        Assert.True(local.Services.GetRequiredService<ReportingRules>().AllowUnknownUsers);
        Assert.False(authenticated.Services.GetRequiredService<ReportingRules>().AllowUnknownUsers);
    }
}
