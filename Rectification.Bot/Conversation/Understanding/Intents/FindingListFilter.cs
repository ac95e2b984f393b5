namespace Rectification.Bot.Conversation.Understanding.Intents;

public enum FindingListFilter
{
    All,

    /// <summary>Not yet rectified: in progress or reopened.</summary>
    Open,

    Completed,
}
