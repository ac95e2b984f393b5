using Rectification.Domain.Findings;

namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// 第五项的完成时限改为2024年12月31日, 第5项第2条长期坚持，2025-06-30复查, "set the deadline of item 5.2 to immediately": the
/// new deadline (null: not given or not readable) of a finding or, with <paramref name="MeasureOrdinal"/>, of one measure.
/// </summary>
public sealed record SetDeadlineRequestIntent(int FindingNumber, Deadline? Deadline, int? MeasureOrdinal = null) : AdminRequestIntent;
