using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Messages;

/// <summary>What a person reads for a greeting, thanks, and a number that is no finding's, in each language.</summary>
public sealed class EdgeAnswerTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotClient _bot = fixture.Client;

    [Theory]
    [InlineData("thanks", "You're welcome", "help", "en-US")]
    [InlineData("thank you", "You're welcome", "help", "en-US")]
    [InlineData("谢谢", "不客气", "帮助", "zh-CN")]
    [InlineData("多谢", "不客气", "帮助", "zh-CN")]
    [InlineData("hi", "Hello!", "help", "en-US")]
    [InlineData("hello", "Hello!", "help", "en-US")]
    [InlineData("你好", "您好！", "帮助", "zh-CN")]
    [InlineData("您好", "您好！", "帮助", "zh-CN")]
    public async Task ACourtesyGetsAShortFriendlyAnswerPointingToHelpInThePersonsLanguage(string text, string opening, string help, string locale)
    {
        var reply = Assert.Single(await _bot.AskAsync(text, userId: "courtesy-" + text));

        Assert.Equal(locale, reply.Locale);
        Assert.Null(reply.Attachments);
        Assert.StartsWith(opening, reply.Text, StringComparison.Ordinal);
        Assert.Contains(help, reply.Text, StringComparison.Ordinal);
        Assert.Contains(reply.SuggestedActions!.Actions, a => a.Value?.GetValue<string>() == help);
    }

    [Theory]
    [InlineData("status of item 0", "There is no item 0; this ledger has items 1–29")]
    [InlineData("item -3", "There is no item -3; this ledger has items 1–29")]
    [InlineData("item 999", "There is no item 999; this ledger has items 1–29")]
    [InlineData("item thirty", "There is no item 30; this ledger has items 1–29")]
    [InlineData("第三十项", "没有第30项问题，本台账的问题编号为1–29")]
    [InlineData("第卅项进展如何", "没有第30项问题，本台账的问题编号为1–29")]
    public async Task ANumberThatIsNoFindingsIsNamedWithTheLedgersRange(string text, string answer)
    {
        var reply = Assert.Single(await _bot.AskAsync(text, userId: "range-" + text));

        Assert.Null(reply.Attachments);
        Assert.StartsWith(answer, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第二九项", "没能看懂“二九”是第几项，所以没有猜测")]
    [InlineData("item twenty fourteen", "I could not read \"twenty fourteen\" as an item number, so I have not guessed one")]
    public async Task ANumeralThatCannotBeReadWholeIsNotUnderstoodRatherThanGuessed(string text, string answer)
    {
        var reply = Assert.Single(await _bot.AskAsync(text, userId: "unread-" + text));

        Assert.Null(reply.Attachments);
        Assert.StartsWith(answer, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("廿九项", "第29项")]
    [InlineData("第貳拾玖項", "第29项")]
    [InlineData("status of item twenty-nine", "Item 29")]
    public async Task ANumeralAsDocumentsAndInputMethodsWriteItIsAnsweredWithThatFindingsCard(string text, string heading)
    {
        var card = BotClient.CardOf(await _bot.AskAsync(text, userId: "numeral-" + text));

        Assert.Contains(heading, card.ToJsonString(ActivitySerializer.Options), StringComparison.Ordinal);
    }
}
