namespace Rectification.Tests.Infrastructure;

/// <summary>How a start the bot refused reads: every validation message, then the whole exception.</summary>
public static class StartupRefusal
{
    /// <summary>Starts the factory's host and returns what refused it (the test fails if nothing did).</summary>
    public static string Of(BotApplicationFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var refusal = Record.Exception(factory.StartServer);
        Assert.NotNull(refusal);
        return Messages(refusal);
    }

    // The whole exception follows the messages, so that a refusal of another kind shows where it came from.
    public static string Messages(Exception refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var messages = refusal is AggregateException several
            ? string.Join(" | ", several.InnerExceptions.Select(inner => inner.Message))
            : refusal.Message;
        return messages + "\n(the whole refusal: " + refusal + ")";
    }
}
