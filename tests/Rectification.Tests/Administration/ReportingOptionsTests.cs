using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Bot.Security;
using Rectification.Domain.People;

namespace Rectification.Tests.Administration;

public sealed class ReportingOptionsTests
{
    private static ReportingRules Resolve(SecurityMode mode, bool? allowUnknownUsers = null) =>
        ReportingOptions.Resolve(new ReportingOptions { AllowUnknownUsers = allowUnknownUsers }, new SecurityPolicy(mode));

    [Fact]
    public void Unknown_users_may_report_in_Development_by_default()
    {
        Assert.True(Resolve(SecurityMode.Development).AllowUnknownUsers);
    }

    [Fact]
    public void Unknown_users_may_not_report_by_default_in_Production()
    {
        Assert.False(Resolve(SecurityMode.Production).AllowUnknownUsers);
    }

    [Fact]
    public void The_setting_overrides_the_default_either_way()
    {
        Assert.True(Resolve(SecurityMode.Production, allowUnknownUsers: true).AllowUnknownUsers);
        Assert.False(Resolve(SecurityMode.Development, allowUnknownUsers: false).AllowUnknownUsers);
    }

    [Fact]
    public async Task The_host_registers_the_rules_from_its_configuration()
    {
        await using var development = await CommandHost.StartAsync();
        await using var production = await CommandHost.StartAsync(new KeyValuePair<string, string?>("Security:Mode", "Production"));
        await using var allowed = await CommandHost.StartAsync(
            new KeyValuePair<string, string?>("Security:Mode", "Production"), new KeyValuePair<string, string?>("Reporting:AllowUnknownUsers", "true"));

        Assert.True(development.Services.GetRequiredService<ReportingRules>().AllowUnknownUsers);
        Assert.False(production.Services.GetRequiredService<ReportingRules>().AllowUnknownUsers);
        Assert.True(allowed.Services.GetRequiredService<ReportingRules>().AllowUnknownUsers);
    }

    [Fact]
    public async Task A_Microsoft_App_ID_alone_no_longer_closes_reporting_to_unknown_users()
    {
        await using var host = await CommandHost.StartAsync(new KeyValuePair<string, string?>("MicrosoftAppId", "app-id"));

        Assert.True(host.Services.GetRequiredService<ReportingRules>().AllowUnknownUsers);
    }
}
