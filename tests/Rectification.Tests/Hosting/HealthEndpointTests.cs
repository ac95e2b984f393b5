using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Hosting;

/// <summary>/healthz says the process answers; /readyz says whether the bot can serve, check by check, showing no value.</summary>
public sealed class HealthEndpointTests
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task LivenessAnswersHealthyWithoutAskingAnyDependency()
    {
        await using var factory = new BotApplicationFactory();

        var (status, body) = await GetAsync(factory, "/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Empty(body["checks"]!.AsObject());
    }

    [Fact]
    public async Task ReadinessReportsBothDatabasesTheSchedulerTheEnabledChannelAndTheWebSignIn()
    {
        await using var factory = new BotApplicationFactory();

        var (status, body) = await GetAsync(factory, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)body["status"]);
        var checks = body["checks"]!.AsObject();
        Assert.Equal(["bot-state-database", "channel-botframework", "ledger-database", "scheduler", "web-sign-in"], checks.Select(c => c.Key).Order());
        Assert.All(checks, check => Assert.Equal("Healthy", (string?)check.Value!["status"]));
    }

    [Fact]
    public async Task AMigrationNotAppliedMakesTheBotUnreadyAndNamesTheDatabase()
    {
        await using var factory = new BotApplicationFactory();
        factory.StartServer();
        await using (var state = factory.Database.OpenBotState())
        {
            await state.Database.ExecuteSqlRawAsync($"DELETE FROM \"{BotStateDbContext.MigrationsHistoryTable}\"");
        }

        var (status, body) = await GetAsync(factory, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", (string?)body["checks"]!["bot-state-database"]!["status"]);
        Assert.Contains("not applied", (string?)body["checks"]!["bot-state-database"]!["description"], StringComparison.Ordinal);
        Assert.Equal("Healthy", (string?)body["checks"]!["ledger-database"]!["status"]);
    }

    [Fact]
    public async Task NeitherEndpointShowsASecretOrTheConnectionString()
    {
        const string password = "app-password-never-shown";
        await using var bot = await ProductionBot.StartAsync(("MicrosoftAppPassword", password));

        foreach (var path in new[] { "/healthz", "/readyz" })
        {
            using var client = bot.Factory.CreateClient();
            client.Timeout = CallTimeout;
            var text = await client.GetStringAsync(new Uri(path, UriKind.Relative));

            Assert.DoesNotContain(password, text, StringComparison.Ordinal);
            Assert.DoesNotContain(BotApplicationFactory.ProductionApiKey, text, StringComparison.Ordinal);
            Assert.DoesNotContain(bot.Factory.Database.ConnectionString, text, StringComparison.Ordinal);
            Assert.DoesNotContain(bot.Factory.Folder, text, StringComparison.Ordinal);
        }
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(BotApplicationFactory factory, string path)
    {
        using var client = factory.CreateClient();
        client.Timeout = CallTimeout;
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
