using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Domain.People;
using Rectification.Tests.BotFramework.Teams;
using Rectification.Tests.Cards;

namespace Rectification.Tests.Reporting.Chat;

/// <summary>The progress form pressed in Teams (Action.Execute): the refreshed card carries the errors, then the saved state.</summary>
public sealed class ExecuteFormTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdministrationService>()
            .AddPersonAsync(Actor.Operator("test"), new PersonDraft(new ChannelIdentity(IdentityRealm.Microsoft, "29:user-1"), "李伟", PersonRole.Leader), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ARefusedFormRefreshesWithItsErrorsAndACorrectOneWithTheSavedCard()
    {
        var conversation = TeamsActivities.NewConversationId();

        var (_, refused) = await host.PostAsync(TeamsActivities.Execute(host.Connector.ServiceUrl, conversation, Press(percent: "150", description: "")));

        Assert.Equal(Attachment.AdaptiveCardContentType, refused!["type"]!.GetValue<string>());
        var form = refused["value"]!.ToJsonString(ActivitySerializer.Options);
        Assert.Empty(AdaptiveCardSchemas.Problems(form));
        Assert.Contains("0到100", form, StringComparison.Ordinal);
        Assert.Contains("submitProgress", form, StringComparison.Ordinal);

        var (_, saved) = await host.PostAsync(TeamsActivities.Execute(host.Connector.ServiceUrl, conversation, Press(percent: "35", description: "已制定工作安排")));

        var card = saved!["value"]!.ToJsonString(ActivitySerializer.Options);
        Assert.Empty(AdaptiveCardSchemas.Problems(card));
        Assert.Contains("进展已保存", card, StringComparison.Ordinal);
        Assert.Contains("已制定工作安排", card, StringComparison.Ordinal);
    }

    private static JsonObject Press(string percent, string description) => new()
    {
        ["type"] = "Action.Execute",
        ["verb"] = "submitProgress",
        ["data"] = new JsonObject
        {
            ["intent"] = "progress-form",
            ["finding"] = 14,
            ["measure"] = "1",
            ["status"] = "InProgress",
            ["percent"] = percent,
            ["description"] = description,
        },
    };
}
