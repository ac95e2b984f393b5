using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Conversation.CardActions;

/// <summary>
/// The turn an Action.Execute press runs as: what the conversation sends is kept, not sent, so the handler can
/// choose which answer goes into the invoke response. Updates of earlier messages go straight to the real turn.
/// </summary>
internal sealed class CapturingTurnContext(Activity activity, ITurnContext real) : ITurnContext
{
    private readonly List<Activity> _captured = [];

    public Activity Activity { get; } = activity;

    public InvokeResponse? InvokeResponse { get; set; }

    public IReadOnlyList<Activity> Captured => _captured;

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        _captured.Add(activity);
        return Task.FromResult<string?>(null);
    }

    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken) => real.UpdateAsync(activity, cancellationToken);
}
