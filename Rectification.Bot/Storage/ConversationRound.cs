namespace Rectification.Bot.Storage;

/// <summary>
/// The inspection round a conversation (or a whole team, whose channels share one) works in, as an admin chose it:
/// "status of item 14" there means that round's finding 14. Without a row, the round announced last.
/// </summary>
public sealed class ConversationRound
{
    private ConversationRound()
    {
        ChannelId = string.Empty;
        Scope = string.Empty;
        ChosenBy = string.Empty;
    }

    public ConversationRound(string channelId, string scope)
    {
        ChannelId = channelId;
        Scope = scope;
        ChosenBy = string.Empty;
    }

    public string ChannelId { get; private set; }

    /// <summary>The conversation id, or <c>team:</c> and the team's id for every conversation of a team.</summary>
    public string Scope { get; private set; }

    /// <summary>The ledger's id of the chosen inspection.</summary>
    public int InspectionId { get; private set; }

    /// <summary>The channel user id of the admin who chose it.</summary>
    public string ChosenBy { get; private set; }

    public DateTime ChosenAtUtc { get; private set; }

    public void Choose(int inspectionId, string chosenBy, DateTime nowUtc)
    {
        InspectionId = inspectionId;
        ChosenBy = chosenBy;
        ChosenAtUtc = nowUtc;
    }
}
