namespace Rectification.LoadRunner.Reporting;

/// <summary>One question asked before a scenario's load, to show the endpoint really answers it (and with what).</summary>
public sealed record AnswerProbe(string Target, int Status, int Replies, bool AdaptiveCard);
