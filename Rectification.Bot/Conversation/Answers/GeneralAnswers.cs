using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>Answers that need no ledger: what to say when a message cannot be used as it is.</summary>
internal sealed class GeneralAnswers
{
    public Task<IReadOnlyList<OutboundMessage>> OutOfRange(NumberOutOfRangeIntent intent, Reply reply) =>
        One(reply.Text(intent.Value is { } value
            ? reply.Texts.NumberOutOfRange(value, intent.Min, intent.Max)
            : reply.Texts.NumberNotUnderstood(intent.Raw, intent.Min, intent.Max)));

    /// <summary>A greeting or thanks in return, short, and the way to what the bot can do.</summary>
    public Task<IReadOnlyList<OutboundMessage>> Courtesy(GreetingIntent intent, Reply reply) => One(Reply.WithSuggestions(
        reply.Text(intent.Courtesy == Understanding.Intents.Courtesy.Thanks ? reply.Texts.YouAreWelcome : reply.Texts.Hello),
        (reply.Texts.SuggestionHelpTitle, reply.Texts.SuggestionHelpText)));

    public Task<IReadOnlyList<OutboundMessage>> TooLong(MessageTooLongIntent intent, Reply reply) =>
        One(reply.Text(reply.Texts.MessageTooLong(intent.Length, intent.MaxLength)));

    public Task<IReadOnlyList<OutboundMessage>> NothingToCancel(Reply reply) => One(reply.Text(reply.Texts.NothingToCancel));

    public Task<IReadOnlyList<OutboundMessage>> NotUnderstood(Reply reply) => One(Reply.WithSuggestions(
        reply.Text(reply.Texts.NotUnderstood),
        (reply.Texts.SuggestionHelpTitle, reply.Texts.SuggestionHelpText),
        (reply.Texts.SuggestionOpenListTitle, reply.Texts.SuggestionOpenListText)));

    private static Task<IReadOnlyList<OutboundMessage>> One(OutboundMessage message) => Task.FromResult<IReadOnlyList<OutboundMessage>>([message]);
}
