namespace Rectification.Bot.Conversation.Understanding.Intents;

public enum FindingListFilter
{
    All,

    /// <summary>Not yet rectified: in progress or reopened.</summary>
    Open,

    /// <summary>Every measure done, whether signed off or not.</summary>
    Completed,

    /// <summary>Completed and waiting for a leader's sign-off (待销号, "ready for sign-off").</summary>
    AwaitingSignOff,

    /// <summary>Signed off (已销号) only.</summary>
    SignedOff,
}
