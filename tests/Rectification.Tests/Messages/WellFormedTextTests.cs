using Rectification.Bot.Conversation.Messages;

namespace Rectification.Tests.Messages;

public sealed class WellFormedTextTests
{
    [Theory]
    [InlineData("第14项\u0000完成", "第14项完成")]
    [InlineData("\u202E第14项\u202C", "第14项")]
    [InlineData("\u200F14\u200E", "14")]
    [InlineData("a\u0007b\u001Bc", "abc")]
    public void WhatCannotBeUnderstoodStoredOrShownSafelyIsRemovedOrReplaced(string text, string expected)
    {
        Assert.Equal(expected, WellFormedText.Clean(text));
    }

    [Fact]
    public void ALoneSurrogateOrANoncharacterBecomesTheReplacementCharacter()
    {
        // In code, not in attributes: the test runner's metadata cannot carry invalid UTF-16.
        Assert.Equal("x\uFFFDy", WellFormedText.Clean("x\uD800y"));
        Assert.Equal("x\uFFFD", WellFormedText.Clean("x\uDFFF"));
        Assert.Equal("\uFFFD😀", WellFormedText.Clean("\uFFFE😀"));
    }

    [Theory]
    [InlineData("完成了😀🎉 👍🏽")]
    [InlineData("line one\nline two\ttabbed\r\n")]
    [InlineData("'; DROP TABLE Findings;--")]
    [InlineData("**bold** [link](http://x)")]
    public void EverythingElseIsKeptAsItWas(string text)
    {
        Assert.Same(text, WellFormedText.Clean(text));
    }

    [Fact]
    public void AnInboundMessageHoldsItsTextWellFormed()
    {
        var message = new InboundMessage
        {
            Conversation = new ConversationAddress("console", "console", "c", IsPersonal: true),
            From = new ChannelUser("microsoft", "u", "U"),
            Text = "\u202E14\uD800",
        };

        Assert.Equal("14\uFFFD", message.Text);
    }
}
