using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Connector;

internal enum OutgoingAction
{
    Transmit,
    Drop,
    Wait,
}

/// <summary>What the SDK does to an activity before it reaches the Connector (brief 3.2).</summary>
internal static class OutgoingActivityRules
{
    /// <summary>SDK-internal type: pause a burst of sends; not in the wire schema.</summary>
    public const string DelayType = "delay";
    public const string EmulatorChannel = "emulator";
    private static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(1);

    public static OutgoingAction Decide(Activity activity) => activity.Type switch
    {
        ActivityTypes.Trace when activity.ChannelId != EmulatorChannel => OutgoingAction.Drop,
        ActivityTypes.InvokeResponse => OutgoingAction.Drop,
        DelayType => OutgoingAction.Wait,
        _ => OutgoingAction.Transmit,
    };

    public static TimeSpan DelayOf(Activity activity) =>
        activity.Value is JsonValue value && value.TryGetValue<double>(out var milliseconds) && milliseconds >= 0
            ? TimeSpan.FromMilliseconds(milliseconds)
            : DefaultDelay;

    /// <summary>
    /// A copy without <c>id</c> (the channel assigns ids), shaped for the target channel (see
    /// <see cref="TeamsCardRendering"/>); the caller's activity stays untouched.
    /// </summary>
    public static Activity ForWire(Activity activity)
    {
        var copy = ActivitySerializer.Deserialize<Activity>(ActivitySerializer.Serialize(activity))!;
        copy.Id = null;
        TeamsCardRendering.Apply(copy);
        return copy;
    }
}
