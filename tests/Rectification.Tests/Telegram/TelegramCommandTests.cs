using Rectification.Bot.Channels.Telegram;
using Rectification.Bot.Localization;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Rectification.Tests.Telegram;

public sealed class TelegramCommandTests
{
    private static readonly User Bot = new() { Id = 42, IsBot = true, FirstName = "巡察整改助手", Username = "RectificationBot" };

    [Theory]
    [InlineData("/status 14", "/status 14")]
    [InlineData("/status@RectificationBot 14", "/status 14")]
    [InlineData("/list", "/list")]
    [InlineData("/overdue", "/overdue")]
    [InlineData("/supervision@RectificationBot", "/supervision")]
    [InlineData("/report 14", "/report 14")]
    [InlineData("/history 14", "/history 14")]
    [InlineData("/update 14.3 完成80%", "/update 14.3 完成80%")]
    [InlineData("/digest", "/digest")]
    [InlineData("/subscribe", "/subscribe")]
    [InlineData("/unsubscribe", "/unsubscribe")]
    [InlineData("/help", "/help")]
    [InlineData("/link AB12CD", "link AB12CD")]
    [InlineData("/frobnicate 3", "/frobnicate 3")]
    public void CommandsAreReadAsTheTextTheConversationUnderstands(string typed, string text)
    {
        Assert.Equal(new TelegramTypedMessage(text), TelegramMessageText.Read(Message(typed, ChatType.Group), Bot));
    }

    [Fact]
    public void StartWelcomes()
    {
        Assert.True(TelegramMessageText.Read(Message("/start", ChatType.Private), Bot)?.Welcomes);
    }

    [Fact]
    public void ACommandForAnotherBotIsIgnored()
    {
        Assert.Null(TelegramMessageText.Read(Message("/status@OtherBot 14", ChatType.Supergroup), Bot));
    }

    [Fact]
    public void InAGroupOnlyMessagesAddressedToTheBotAreRead()
    {
        Assert.Null(TelegramMessageText.Read(Message("第十四项进展如何", ChatType.Group), Bot));
        Assert.Equal("第十四项进展如何", TelegramMessageText.Read(Message("@RectificationBot 第十四项进展如何", ChatType.Group), Bot)?.Text);
        var reply = Message("第十四项进展如何", ChatType.Group);
        reply.ReplyToMessage = new Message { From = Bot, Chat = reply.Chat };
        Assert.Equal("第十四项进展如何", TelegramMessageText.Read(reply, Bot)?.Text);
        Assert.Equal("第十四项进展如何", TelegramMessageText.Read(Message("第十四项进展如何", ChatType.Private), Bot)?.Text);
    }

    [Fact]
    public void TheMenuHasEveryCommandInBothLanguagesWithinTelegramsLimits()
    {
        foreach (var texts in new[] { Texts.Chinese, Texts.English })
        {
            var menu = TelegramCommandMenu.Commands(texts);
            Assert.Equal(["start", "help", "status", "list", "overdue", "supervision", "report", "update", "history", "digest", "export", "chart", "subscribe", "unsubscribe", "link"], menu.Select(c => c.Command));
            Assert.All(menu, c => Assert.InRange(c.Description.Length, 1, 256));
        }

        Assert.NotEqual(TelegramCommandMenu.Commands(Texts.Chinese)[2].Description, TelegramCommandMenu.Commands(Texts.English)[2].Description);
    }

    private static Message Message(string text, ChatType type) => new()
    {
        Id = 1,
        Text = text,
        Chat = new Chat { Id = type == ChatType.Private ? 7 : -100, Type = type },
        From = new User { Id = 7, FirstName = "李" },
    };
}
