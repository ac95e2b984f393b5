namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// What the HTTP layer answers the channel: a status and, for invokes and expectReplies, a body in the Bot
/// Framework schema, written straight to the response with <see cref="Schema.ActivitySerializer.Options"/>.
/// </summary>
internal sealed record AdapterResponse(int Status, object? Body = null)
{
    public static AdapterResponse Ok { get; } = new(StatusCodes.Status200OK);

    public static AdapterResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);
}
