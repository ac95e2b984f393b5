using Rectification.Bot.Conversation.Answers;

namespace Rectification.Bot.Conversation.Turns;

/// <summary>Tells the person their message could not be handled, in the language they last used.</summary>
internal sealed partial class TurnApology(ReplyLanguageResolver languages, ILogger<TurnApology> logger)
{
    public async Task SendAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            var language = await languages.ResolveQuietlyAsync(turn.Inbound, cancellationToken);
            var reply = new Reply(turn.Inbound, turn.Capabilities, Localization.Texts.For(language));
            await turn.SendAsync(reply.Text(reply.Texts.SomethingWentWrong), cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogApologyFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not tell the person that their turn failed")]
    private partial void LogApologyFailed(Exception error);
}
