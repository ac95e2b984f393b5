using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// A turn whose answers travel back in the HTTP response (deliveryMode expectReplies) instead of through
/// the connector: every send is collected, in order.
/// </summary>
internal sealed class BufferedTurnContext(Activity activity) : ITurnContext
{
    private readonly List<Activity> _replies = [];

    public Activity Activity { get; } = activity;

    public InvokeResponse? InvokeResponse { get; set; }

    public IReadOnlyList<Activity> Replies => _replies;

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Within one response there is no channel to assign ids; local ids still let a caller refer to a reply.
        activity.Id ??= $"reply-{_replies.Count + 1}";
        _replies.Add(activity);
        return Task.FromResult<string?>(activity.Id);
    }

    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var index = _replies.FindIndex(r => r.Id == activity.Id);
        if (index >= 0)
        {
            _replies[index] = activity;
        }
        else
        {
            _replies.Add(activity);
        }

        return Task.CompletedTask;
    }
}
