using System.Collections.Concurrent;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>
/// Wakes this instance's open streams of a conversation when this instance adds to it, so they need not wait for
/// their next look at the database. Only a hint: what another instance adds, a stream finds by that look
/// (DirectLine:StreamPollInterval), and the database is the one truth either way.
/// </summary>
public sealed class DirectLineSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the conversation's next addition here.</summary>
    public Task NextAsync(string conversationId) =>
        _waiting.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Added(string conversationId)
    {
        if (_waiting.TryRemove(conversationId, out var waiting))
        {
            waiting.TrySetResult();
        }
    }
}
