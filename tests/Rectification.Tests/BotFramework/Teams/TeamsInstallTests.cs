using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;

namespace Rectification.Tests.BotFramework.Teams;

/// <summary>Install and uninstall: one welcome per conversation, and the reference forgotten on removal.</summary>
public sealed class TeamsInstallTests(TeamsBotHost host) : IClassFixture<TeamsBotHost>
{
    [Fact]
    public async Task Installing_in_a_personal_chat_sends_one_welcome_card_and_members_added_later_send_none()
    {
        var conversation = TeamsActivities.NewConversationId();
        var serviceUrl = host.Connector.ServiceUrl;

        await host.PostAsync(TeamsActivities.InstallationUpdate(serviceUrl, conversation, "add"));
        await host.PostAsync(TeamsActivities.MembersAdded(serviceUrl, conversation, TeamsBotHost.BotId, "29:user-1"));
        await host.PostAsync(TeamsActivities.MembersAdded(serviceUrl, conversation, "29:someone-else"));
        await Task.Delay(300);

        var welcome = Assert.Single(await host.RequestsAboutAsync(conversation)).Activity!;
        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(welcome.Attachments!).ContentType);
        Assert.Equal("zh-CN", welcome.Locale);
    }

    [Fact]
    public async Task Adding_the_bot_to_a_team_sends_one_short_introduction()
    {
        var conversation = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        var added = TeamsActivities.MembersAdded(host.Connector.ServiceUrl, conversation, TeamsBotHost.BotId);
        added.Conversation!.ConversationType = "channel";
        added.Locale = "en-US";
        added.ChannelData!["eventType"] = "teamMemberAdded";

        await host.PostAsync(added);

        var introduction = Assert.Single(await host.RequestsAboutAsync(conversation)).Activity!;
        Assert.Null(introduction.Attachments);
        Assert.StartsWith("Hello everyone", introduction.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uninstalling_purges_the_stored_conversation_reference()
    {
        var conversation = TeamsActivities.NewConversationId();
        await host.PostAsync(TeamsActivities.InstallationUpdate(host.Connector.ServiceUrl, conversation, "add"));
        await host.RequestsAboutAsync(conversation);
        Assert.NotNull(await StoredAsync(conversation));

        var (status, _) = await host.PostAsync(TeamsActivities.InstallationUpdate(host.Connector.ServiceUrl, conversation, "remove"));

        Assert.Equal(200, status);
        Assert.Null(await StoredAsync(conversation));
    }

    [Fact]
    public async Task Uninstalling_ends_the_digest_subscription_delivered_in_that_conversation()
    {
        var conversation = TeamsActivities.NewConversationId();
        await host.PostAsync(TeamsActivities.InstallationUpdate(host.Connector.ServiceUrl, conversation, "add"));
        await host.RequestsAboutAsync(conversation);
        var subscriptionId = await SubscribeAsync(conversation);

        await host.PostAsync(TeamsActivities.InstallationUpdate(host.Connector.ServiceUrl, conversation, "remove"));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotStateDbContext>();
        var subscription = await db.DigestSubscriptions.AsNoTracking().SingleAsync(s => s.Id == subscriptionId);
        Assert.Equal((false, SubscriptionEndReason.Undeliverable), (subscription.Active, subscription.InactiveReason));
    }

    private async Task<long> SubscribeAsync(string conversation)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotStateDbContext>();
        var subscription = new DigestSubscription("msteams", "leader-" + conversation, DateTime.UtcNow);
        subscription.Subscribe(conversation, "Leader", Language.Chinese, Rectification.Domain.Reporting.OfficeTimeZone.DefaultId, DayOfWeek.Monday, DigestSubscription.DefaultTime, DateTime.UtcNow);
        db.DigestSubscriptions.Add(subscription);
        await db.SaveChangesAsync();
        return subscription.Id;
    }

    private async Task<ConversationReferenceRecord?> StoredAsync(string conversation)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConversationReferences>().FindAsync("msteams", conversation, CancellationToken.None);
    }
}
