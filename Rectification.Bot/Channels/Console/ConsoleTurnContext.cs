using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.Console;

/// <summary>A turn in the terminal: each answer is written out as text at once.</summary>
internal sealed class ConsoleTurnContext(InboundMessage inbound, TextWriter output) : ITurnContext
{
    /// <summary>
    /// Text only, one person, nothing to reach once the session ends, and no rate limit (the operator at the machine).
    /// Files and pictures are written to a folder of their own under the temporary folder and the path is shown.
    /// </summary>
    public static readonly ChannelCapabilities ConsoleCapabilities = new(
        CardVersion: null, PersonalChats: true, Proactive: false, EditsMessages: false, MaxMessageLength: int.MaxValue,
        RateLimited: false, ReceivesFiles: true, ReceivesImages: true);

    private int _sent;

    public InboundMessage Inbound { get; } = inbound;

    public ChannelCapabilities Capabilities => ConsoleCapabilities;

    public async Task<string?> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(ConsoleMessageText.Render(message).AsMemory(), cancellationToken);
        if (message.Attachment is { } file)
        {
            await output.WriteLineAsync(ConsoleMessageText.Saved(message, await ConsoleFiles.SaveAsync(file, cancellationToken)).AsMemory(), cancellationToken);
        }

        await output.WriteLineAsync();
        return $"console-{Interlocked.Increment(ref _sent)}";
    }
}
