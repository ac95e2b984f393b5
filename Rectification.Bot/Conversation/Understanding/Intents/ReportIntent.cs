namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// Start the progress-report dialog: "report progress on item 14", 汇报第十四项进展, "/report 14". Also the answer to
/// a one-message update that was incomplete or ambiguous: it carries what was understood (finding, measure,
/// text) and the dialog asks for the rest. Nothing here is guessed; a null is something to ask.
/// </summary>
public sealed record ReportIntent(int? FindingNumber, int? MeasureOrdinal = null, string? Text = null) : Intent;
