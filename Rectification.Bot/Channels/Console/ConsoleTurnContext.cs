using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation;

namespace Rectification.Bot.Channels.Console;

/// <summary>A turn in the terminal: each answer is written out as text at once.</summary>
internal sealed class ConsoleTurnContext(Activity activity, TextWriter output) : ITurnContext
{
    private int _sent;

    public Activity Activity { get; } = activity;

    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        if (reply.Type is ActivityTypes.Typing or ActivityTypes.Trace)
        {
            return null;
        }

        await output.WriteLineAsync(ConsoleActivityText.Render(reply).AsMemory(), cancellationToken);
        await output.WriteLineAsync();
        return $"console-{Interlocked.Increment(ref _sent)}";
    }

    public async Task UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        await SendAsync(activity, cancellationToken);
}
