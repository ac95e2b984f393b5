namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>The 整改台账 as a workbook: 导出台账, "export ledger", "/export". Leaders and admins only.</summary>
public sealed record ExportLedgerIntent : Intent;

/// <summary>The progress charts as a picture: 进度图, "progress chart", "/chart". Anyone may ask.</summary>
public sealed record ProgressChartIntent : Intent;
