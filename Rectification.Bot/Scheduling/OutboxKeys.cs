using System.Globalization;

namespace Rectification.Bot.Scheduling;

/// <summary>The unique keys of outbox rows: one digest per subscription and week, one reminder per finding, person and week.</summary>
public static class OutboxKeys
{
    public const string DigestKind = "digest";

    public const string ReminderKind = "reminder";

    public static string Digest(long subscriptionId, string periodKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{DigestKind}:{subscriptionId}:{periodKey}");

    public static string Reminder(int findingNumber, string userId, string periodKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{ReminderKind}:{findingNumber}:{userId}:{periodKey}");
}
