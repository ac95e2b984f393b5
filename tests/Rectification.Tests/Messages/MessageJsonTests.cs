using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Localization;
using Rectification.Tests.Cards;

namespace Rectification.Tests.Messages;

/// <summary>Messages wait in the outbox as JSON and are read back, cards included, exactly as they were built.</summary>
public sealed class MessageJsonTests
{
    [Fact]
    public void AMessageWithACardAndSuggestionsReadsBackAsTheSameCard()
    {
        var card = FindingStatusCard.Build(SampleFindings.Item14(), Texts.Chinese, SampleFindings.Shanghai);
        var message = new OutboundMessage
        {
            Text = "第14项",
            Format = TextFormat.Markdown,
            Card = card,
            Suggestions = [new Suggestion("汇报进展", "汇报第14项进展")],
            Locale = "zh-CN",
            Summary = "第14项",
        };

        var read = MessageJson.ReadMessage(MessageJson.Serialize(message));

        Assert.Equal(CardSerializer.ToJson(card), CardSerializer.ToJson(read.Card!));
        Assert.Equal(message with { Card = null, Suggestions = [] }, read with { Card = null, Suggestions = [] });
        Assert.Equal(message.Suggestions, read.Suggestions);
    }

    [Theory]
    [MemberData(nameof(CardCatalog.All), MemberType = typeof(CardCatalog))]
    public void EveryCardTheBotSendsReadsBackFromTheOutboxUnchanged(string name, Language language)
    {
        var card = CardCatalog.Build(name, language);

        var read = MessageJson.ReadMessage(MessageJson.Serialize(new OutboundMessage { Card = card }));

        Assert.Equal(CardSerializer.ToJson(card), CardSerializer.ToJson(read.Card!));
    }

    [Fact]
    public void AStoredConversationReadsBackWithItsChannelsOwnData()
    {
        var conversation = new StoredConversation(
            new ConversationAddress("telegram", "telegram", "42", IsPersonal: true), "42", null, "张三", "zh-CN", """{"chatId":42}""");

        Assert.Equal(conversation, MessageJson.ReadConversation(MessageJson.Serialize(conversation)));
    }

    [Fact]
    public void TextThatIsNotAStoredMessageIsRefused()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => MessageJson.ReadMessage("[]"));
    }
}
