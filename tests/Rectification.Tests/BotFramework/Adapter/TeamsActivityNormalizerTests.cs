using System.Text.Json;
using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Adapter;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Tests.BotFramework.Adapter;

/// <summary>What Teams sends, brought into the shape the conversation reads (brief 4.1 and 4.3).</summary>
public sealed class TeamsActivityNormalizerTests
{
    private const string BotId = "28:bot-app-id";

    [Fact]
    public void TheBotsOwnMentionIsRemovedUsingItsEntity()
    {
        var activity = Message("<at>整改助手</at> 第十四项进展如何", Mention(BotId, "整改助手", "<at>整改助手</at>"));

        TeamsActivityNormalizer.Normalize(activity);

        Assert.Equal("第十四项进展如何", activity.Text);
        Assert.Empty(activity.Entities!);
    }

    [Fact]
    public void AMentionEntityWithoutTextIsMatchedByTheMentionedName()
    {
        var activity = Message("<at>Rectification Bot</at>status of item 14", Mention(BotId, "Rectification Bot", text: null));

        TeamsActivityNormalizer.Normalize(activity);

        Assert.Equal("status of item 14", activity.Text);
    }

    [Fact]
    public void SomeoneElsesMentionKeepsTheNameAndLosesTheMarkup()
    {
        var activity = Message("<at>整改助手</at> 请<at>张三</at>汇报第十四项进展",
            Mention(BotId, "整改助手", "<at>整改助手</at>"), Mention("29:zhang", "张三", "<at>张三</at>"));

        TeamsActivityNormalizer.Normalize(activity);

        Assert.Equal("请张三 汇报第十四项进展", activity.Text);
        Assert.Single(activity.Entities!);
    }

    [Fact]
    public void TextThatOnlyLooksLikeTheBotsNameIsLeftAlone()
    {
        var activity = Message("整改助手 第十四项", Mention("29:someone", "整改助手", "<at>整改助手</at>"));

        TeamsActivityNormalizer.Normalize(activity);

        Assert.Equal("整改助手 第十四项", activity.Text);
    }

    [Fact]
    public void ParagraphsOfAReportSurviveTheClean()
    {
        var activity = Message("<at>整改助手</at> 更新14.3：第一段\n\n第二段", Mention(BotId, "整改助手", "<at>整改助手</at>"));

        TeamsActivityNormalizer.Normalize(activity);

        Assert.Equal("更新14.3：第一段\n\n第二段", activity.Text);
    }

    [Fact]
    public void TheTenantFromChannelDataIsCopiedIntoTheConversation()
    {
        var activity = Message("hi");
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-wuhan" } };

        TeamsActivityNormalizer.Normalize(activity);

        Assert.Equal("tenant-wuhan", activity.Conversation!.TenantId);
    }

    [Fact]
    public void ATenantAlreadyOnTheConversationIsKept()
    {
        var activity = Message("hi");
        activity.Conversation!.TenantId = "from-conversation";
        activity.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "from-channel-data" } };

        TeamsActivityNormalizer.Normalize(activity);

        Assert.Equal("from-conversation", activity.Conversation.TenantId);
    }

    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = text,
        Recipient = new ChannelAccount { Id = BotId, Name = "整改助手" },
        Conversation = new ConversationAccount { Id = "19:chat" },
        Entities = [.. entities],
    };

    private static Entity Mention(string id, string name, string? text)
    {
        var json = new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name } };
        if (text is not null)
        {
            json["text"] = text;
        }

        return json.Deserialize<Entity>(ActivitySerializer.Options)!;
    }
}
