namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>第五项的完成时限改为2024年12月31日, "set the deadline of item 5 to 2024-12-31": the new deadline (null: not given or not a date).</summary>
public sealed record SetDeadlineRequestIntent(int FindingNumber, DateOnly? Deadline) : AdminRequestIntent;
