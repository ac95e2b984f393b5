namespace Rectification.Bot.Storage;

/// <summary>
/// The one active dialog of a conversation: which dialog, at which step, with the dialog's own typed values
/// (serialized JSON of that dialog's state record), how many times the current step was re-asked, and when it
/// started and last moved. <see cref="Version"/> is a concurrency token: two turns racing on the same
/// conversation cannot both move the dialog. <see cref="StepTakenUntilUtc"/> says a turn is running the current step
/// (taken through the dialog store before the step writes anything elsewhere), so no other turn runs it meanwhile.
/// </summary>
public sealed class DialogState
{
    private DialogState()
    {
        ChannelId = string.Empty;
        ConversationId = string.Empty;
        DialogName = string.Empty;
        ValuesJson = "{}";
    }

    public DialogState(string channelId, string conversationId, string dialogName, string valuesJson, DateTime nowUtc)
    {
        ChannelId = channelId;
        ConversationId = conversationId;
        DialogName = dialogName;
        ValuesJson = valuesJson;
        StartedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    public string ChannelId { get; private set; }

    public string ConversationId { get; private set; }

    public string DialogName { get; private set; }

    public int StepIndex { get; private set; }

    public string ValuesJson { get; private set; }

    public int Retries { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public int Version { get; private set; }

    /// <summary>Until when a turn has the current step; null when no turn has it. A turn that died lets go when it passes.</summary>
    public DateTime? StepTakenUntilUtc { get; private set; }

    /// <summary>
    /// The inspection round the dialog started in (null: the one announced last), so its item number keeps meaning
    /// that round's finding whatever the conversation's current round becomes meanwhile.
    /// </summary>
    public int? RoundInspectionId { get; private set; }

    public void KeepRound(int? inspectionId) => RoundInspectionId = inspectionId;

    /// <summary>The turn that had the step is done with it (whether or not the step moved).</summary>
    public void ReleaseStep() => StepTakenUntilUtc = null;

    /// <summary>Moves to a step with new values; the retry count starts again.</summary>
    public void MoveTo(int stepIndex, string valuesJson, DateTime nowUtc)
    {
        StepIndex = stepIndex;
        ValuesJson = valuesJson;
        Retries = 0;
        Touch(nowUtc);
    }

    /// <summary>The answer did not fit the step: one more try used.</summary>
    public void CountRetry(DateTime nowUtc)
    {
        Retries++;
        Touch(nowUtc);
    }

    public bool IsStale(DateTime nowUtc, TimeSpan expireAfter) => nowUtc - UpdatedAtUtc > expireAfter;

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version++;
    }
}
