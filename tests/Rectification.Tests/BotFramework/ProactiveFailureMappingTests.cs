using System.Net;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Proactive;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;

namespace Rectification.Tests.BotFramework;

/// <summary>What a delivery worker is told when the Connector fails: retry later, or stop.</summary>
public sealed class ProactiveFailureMappingTests
{
    public static TheoryData<HttpStatusCode?, ProactiveFailure> Answers => new()
    {
        { null, ProactiveFailure.Transient },
        { HttpStatusCode.TooManyRequests, ProactiveFailure.Transient },
        { HttpStatusCode.PreconditionFailed, ProactiveFailure.Transient },
        { HttpStatusCode.InternalServerError, ProactiveFailure.Transient },
        { HttpStatusCode.GatewayTimeout, ProactiveFailure.Transient },
        { HttpStatusCode.BadRequest, ProactiveFailure.Refused },
        { HttpStatusCode.NotFound, ProactiveFailure.Refused },
        { HttpStatusCode.Forbidden, ProactiveFailure.Refused },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Connector_failures_map_to_transient_or_refused(HttpStatusCode? status, ProactiveFailure expected)
    {
        var failure = ProactiveFailures.From(new ConnectorException("failed", new ConnectorFailureDetails(status)));

        Assert.Equal(expected, failure.Failure);
    }

    [Theory]
    [InlineData(ConnectorFailureReason.WritesBlocked, ProactiveFailure.Blocked)]
    [InlineData(ConnectorFailureReason.MessageTooBig, ProactiveFailure.TooLarge)]
    public void Permanent_failures_are_permanent(ConnectorFailureReason reason, ProactiveFailure expected)
    {
        var failure = ProactiveFailures.From(new ConnectorPermanentFailureException(reason, new ConnectorFailureDetails(HttpStatusCode.Forbidden)));

        Assert.Equal(expected, failure.Failure);
        Assert.True(failure.IsPermanent);
    }

    [Theory]
    [InlineData("botframework", true)]
    [InlineData("BotFramework", true)]
    [InlineData("telegram", false)]
    [InlineData("console", false)]
    public void A_stored_conversation_goes_to_the_channel_that_stored_it_and_no_other(string channel, bool served)
    {
        var registry = new ChannelRegistry([new BotFrameworkMessageChannel(null!, null!)]);
        var address = new ConversationAddress(channel, "msteams", "a:1", IsPersonal: true);

        if (served)
        {
            Assert.Equal("botframework", registry.For(address).Name);
        }
        else
        {
            Assert.Equal(ProactiveFailure.NoChannel, Assert.Throws<ProactiveDeliveryException>(() => registry.For(address)).Failure);
        }
    }
}
