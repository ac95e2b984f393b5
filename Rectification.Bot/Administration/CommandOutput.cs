namespace Rectification.Bot.Administration;

/// <summary>Where administration commands write: the console, or writers a test reads back.</summary>
public sealed class CommandOutput(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public static CommandOutput Console() => new(System.Console.Out, System.Console.Error);
}
