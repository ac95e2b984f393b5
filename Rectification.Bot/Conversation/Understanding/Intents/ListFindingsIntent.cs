namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>List findings: "show open items", 列出未完成的问题, 已完成的问题有哪些, "/list".</summary>
public sealed record ListFindingsIntent(FindingListFilter Filter) : Intent;
