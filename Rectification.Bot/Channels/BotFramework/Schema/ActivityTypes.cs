namespace Rectification.Bot.Channels.BotFramework.Schema;

/// <summary>Wire values of <see cref="Activity.Type"/>, compared ordinally.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string MessageReaction = "messageReaction";
    public const string Trace = "trace";

    /// <summary>SDK-internal: carries an invoke's answer inside an expectReplies list; never sent on its own.</summary>
    public const string InvokeResponse = "invokeResponse";
}

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}

/// <summary>Wire values of inputHint (not the shorter words of the spec's prose).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
