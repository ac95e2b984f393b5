using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Domain.People;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Security;

/// <summary>
/// Whether the ledger API needs a key follows Security:Mode, and whether unknown people may report follows
/// Reporting:AllowUnknownUsers (its default the mode's): neither changes when a Microsoft app id comes or goes.
/// </summary>
public sealed class SettingsOfTheirOwnTests
{
    [Theory]
    [InlineData("Development", true, HttpStatusCode.OK, true)]
    [InlineData("Development", false, HttpStatusCode.OK, true)]
    [InlineData("Production", true, HttpStatusCode.Unauthorized, false)]
    [InlineData("Production", false, HttpStatusCode.Unauthorized, false)]
    public async Task TheApiKeyAndUnknownReportersFollowTheirOwnSettingsWhateverTheAppId(
        string mode, bool withAppId, HttpStatusCode withoutKey, bool unknownMayReport)
    {
        using var factory = new BotApplicationFactory();
        if (mode == "Production")
        {
            factory.InProduction();
        }

        if (withAppId)
        {
            factory.With("MicrosoftAppId", "00000000-0000-0000-0000-000000000001").With("MicrosoftAppPassword", "test-secret");
        }
        else
        {
            // A deployment without an app id serves no Bot Framework channel in Production.
            factory.With("MicrosoftAppId", "").With("BotFramework:Enabled", mode == "Production" ? "false" : "true");
        }

        using var response = await factory.CreateClient().GetAsync("/api/findings/14");

        Assert.Equal(withoutKey, response.StatusCode);
        Assert.Equal(unknownMayReport, factory.Services.GetRequiredService<ReportingRules>().AllowUnknownUsers);
    }

    [Theory]
    [InlineData("Development", "false", false)]
    [InlineData("Production", "true", true)]
    public void AnExplicitReportingSettingWinsOverTheModeWithAnAppIdSet(string mode, string allowUnknownUsers, bool expected)
    {
        using var factory = new BotApplicationFactory()
            .With("Security:Mode", mode).With("Api:Keys:0", "integration-key")
            .With("DirectLine:TokenSigningKey", "production-direct-line-signing-key-0123456789")
            .With("WebSignIn:Enabled", "false")
            .With("MicrosoftAppId", "00000000-0000-0000-0000-000000000001").With("MicrosoftAppPassword", "test-secret")
            .With("Reporting:AllowUnknownUsers", allowUnknownUsers);

        Assert.Equal(expected, factory.Services.GetRequiredService<ReportingRules>().AllowUnknownUsers);
    }
}
