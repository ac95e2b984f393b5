namespace Rectification.LoadRunner.Reporting;

/// <summary>The bot started as its own process on a fresh database: how soon it answers, and how fast at first.</summary>
public sealed record StartupFigures(double ProcessStartToFirstAnswerMilliseconds, double FirstAnswerMilliseconds, int Questions, double AverageOfFirstQuestionsMilliseconds);
