using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Channels.BotFramework.Teams;

namespace Rectification.Tests.BotFramework;

/// <summary>Which activities mean "the bot has just been added here" (brief 4.2).</summary>
public sealed class WelcomeOccasionTests
{
    private const string Bot = "28:bot";

    [Theory]
    [InlineData("add", true)]
    [InlineData("add-upgrade", false)]
    [InlineData("remove", false)]
    public void Only_an_install_is_an_occasion_not_an_upgrade_or_removal(string action, bool welcome) =>
        Assert.Equal(welcome, WelcomeOccasion.IsBotAdded(new Activity { Type = ActivityTypes.InstallationUpdate, Action = action }));

    [Theory]
    [InlineData(null, true)]
    [InlineData("teamMemberAdded", true)]
    [InlineData("teamRenamed", false)]
    [InlineData("channelCreated", false)]
    public void The_bot_among_members_added_is_an_occasion_unless_the_event_is_another_one(string? eventType, bool welcome)
    {
        var update = MembersAdded(Bot, "29:user");
        if (eventType is not null)
        {
            update.ChannelData = new JsonObject { ["eventType"] = eventType };
        }

        Assert.Equal(welcome, WelcomeOccasion.IsBotAdded(update));
    }

    [Fact]
    public void Ordinary_members_joining_are_no_occasion() =>
        Assert.False(WelcomeOccasion.IsBotAdded(MembersAdded("29:new-colleague")));

    [Theory]
    [InlineData("personal", null, true)]
    [InlineData(null, null, true)]
    [InlineData("channel", true, false)]
    [InlineData("groupChat", true, false)]
    public void Personal_chats_get_the_card_others_the_introduction(string? type, bool? isGroup, bool personal) =>
        Assert.Equal(personal, WelcomeOccasion.IsPersonal(new Activity { Conversation = new ConversationAccount { ConversationType = type, IsGroup = isGroup } }));

    private static Activity MembersAdded(params string[] ids) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Recipient = new ChannelAccount { Id = Bot },
        MembersAdded = [.. ids.Select(id => new ChannelAccount { Id = id })],
    };
}
