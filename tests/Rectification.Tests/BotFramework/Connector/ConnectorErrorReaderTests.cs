using System.Net;
using Rectification.Bot.Channels.BotFramework.Connector;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>Both error shapes Teams uses are read, and only blocked writes and oversize payloads count as permanent.</summary>
public sealed class ConnectorErrorReaderTests
{
    [Fact]
    public void The_documented_ErrorResponse_gives_code_and_message()
    {
        var (code, message) = ConnectorErrorReader.ParseError("""{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""");

        Assert.Equal(("ConversationNotFound", "Conversation not found."), (code, message));
    }

    [Fact]
    public void Teams_nested_subCode_becomes_the_code()
    {
        var body = ScriptedBody(Fakes.ScriptedAnswer.MessageWritesBlocked());

        var (code, message) = ConnectorErrorReader.ParseError(body);

        Assert.Equal("MessageWritesBlocked", code);
        Assert.Contains("Thread is blocked", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("[1,2]")]
    public void A_body_that_is_not_an_ErrorResponse_gives_nothing_and_does_not_throw(string body)
    {
        Assert.Equal((null, null), ConnectorErrorReader.ParseError(body));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "ConversationBlockedByUser", "", ConnectorFailureReason.WritesBlocked)]
    [InlineData(HttpStatusCode.Forbidden, null, "... \"subCode\": \"MessageWritesBlocked\" ...", ConnectorFailureReason.WritesBlocked)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", "", ConnectorFailureReason.MessageTooBig)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, null, "", ConnectorFailureReason.MessageTooBig)]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster", "", null)]
    [InlineData(HttpStatusCode.Forbidden, "BotDisabledByAdmin", "", null)]
    [InlineData(HttpStatusCode.TooManyRequests, "Throttled", "", null)]
    public void Only_blocked_writes_and_oversize_payloads_are_permanent(
        HttpStatusCode status, string? code, string body, ConnectorFailureReason? expected)
    {
        Assert.Equal(expected, ConnectorErrorReader.Classify(status, code, body));
    }

    private static string ScriptedBody(Fakes.ScriptedAnswer answer) => answer.Body!;
}
