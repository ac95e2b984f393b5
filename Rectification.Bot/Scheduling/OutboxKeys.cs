using System.Globalization;

namespace Rectification.Bot.Scheduling;

/// <summary>The unique keys of outbox rows: one digest per subscription and week, one reminder per finding, person and week, one follow-up message per check, person and stage.</summary>
public static class OutboxKeys
{
    public const string DigestKind = "digest";

    public const string ReminderKind = "reminder";

    public const string FollowUpKind = "followup";

    /// <summary>One message per follow-up check, person and stage: asked, then reminded (yellow), then escalated (red).</summary>
    public static string FollowUp(long checkId, string userId, string stage) =>
        string.Create(CultureInfo.InvariantCulture, $"{FollowUpKind}:{checkId}:{userId}:{stage}");

    public static string Digest(long subscriptionId, string periodKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{DigestKind}:{subscriptionId}:{periodKey}");

    public static string Reminder(int findingNumber, string userId, string periodKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{ReminderKind}:{findingNumber}:{userId}:{periodKey}");
}
