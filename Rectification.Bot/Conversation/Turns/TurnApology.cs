using Rectification.Bot.Conversation.Answers;
using Rectification.Bot.Hosting.Logging;
using Rectification.Bot.Hosting.Storage;

namespace Rectification.Bot.Conversation.Turns;

/// <summary>
/// Tells the person their message could not be handled, in the language they last used: that storage is full when
/// the database said so (nothing of the message was saved, nothing before it lost), else the general apology.
/// </summary>
internal sealed partial class TurnApology(ReplyLanguageResolver languages, DatabaseSettings database, ILogger<TurnApology> logger)
{
    public async Task SendAsync(ITurnContext turn, Exception failure, CancellationToken cancellationToken)
    {
        var storageFull = database.Engine.IsStorageFull(failure);
        if (storageFull)
        {
            LogStorageFull(turn.Inbound.ChannelId);
        }

        try
        {
            var language = await languages.ResolveQuietlyAsync(turn.Inbound, cancellationToken);
            var reply = new Reply(turn.Inbound, turn.Capabilities, Localization.Texts.For(language));
            await turn.SendAsync(reply.Text(storageFull ? reply.Texts.StorageFull : reply.Texts.SomethingWentWrong), cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogApologyFailed(error);
        }
    }

    [LoggerMessage(EventId = FailureEvents.StorageFull, Level = LogLevel.Error, Message = "The database is full: a turn on channel {ChannelId} was rolled back, nothing of it saved. Free space on the database's disk (or raise its size limit); the bot goes on by itself once there is room")]
    private partial void LogStorageFull(string channelId);

    [LoggerMessage(EventId = FailureEvents.ApologyFailed, Level = LogLevel.Error, Message = "Could not tell the person that their turn failed")]
    private partial void LogApologyFailed(Exception error);
}
