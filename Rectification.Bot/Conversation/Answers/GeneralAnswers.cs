using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>Answers that need no ledger: what to say when a message cannot be used as it is.</summary>
internal sealed class GeneralAnswers
{
    public Task<IReadOnlyList<Activity>> OutOfRange(NumberOutOfRangeIntent intent, Reply reply) =>
        One(reply.Text(reply.Texts.NumberOutOfRange(intent.Raw, intent.Min, intent.Max)));

    public Task<IReadOnlyList<Activity>> TooLong(MessageTooLongIntent intent, Reply reply) =>
        One(reply.Text(reply.Texts.MessageTooLong(intent.Length, intent.MaxLength)));

    public Task<IReadOnlyList<Activity>> NothingToCancel(Reply reply) => One(reply.Text(reply.Texts.NothingToCancel));

    public Task<IReadOnlyList<Activity>> NotUnderstood(Reply reply) => One(Reply.WithSuggestions(
        reply.Text(reply.Texts.NotUnderstood),
        (reply.Texts.SuggestionHelpTitle, reply.Texts.SuggestionHelpText),
        (reply.Texts.SuggestionOpenListTitle, reply.Texts.SuggestionOpenListText)));

    private static Task<IReadOnlyList<Activity>> One(Activity activity) => Task.FromResult<IReadOnlyList<Activity>>([activity]);
}
