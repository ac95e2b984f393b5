using System.Reflection;
using Microsoft.Extensions.Logging;
using Rectification.Bot.Hosting.Logging;

namespace Rectification.Tests.Logging;

/// <summary>Each kind of failure or warning the bot logs carries its own event id, all taken from <see cref="FailureEvents"/>.</summary>
public sealed class EveryFailureLogHasItsOwnEventIdTests
{
    [Fact]
    public void EveryWarningAndErrorLogHasANonZeroDistinctEventIdFromFailureEvents()
    {
        var known = typeof(FailureEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (int)f.GetRawConstantValue()!).ToHashSet();
        var logs = typeof(FailureEvents).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: $"{m.DeclaringType!.Name}.{m.Name}", Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is { Level: >= LogLevel.Warning })
            .ToList();

        Assert.True(logs.Count >= 25, $"found only {logs.Count} warning and error logs");
        Assert.All(logs, log => Assert.True(log.Attribute!.EventId > 0 && known.Contains(log.Attribute.EventId), $"{log.Method} has event id {log.Attribute!.EventId}"));
        var shared = logs.GroupBy(l => l.Attribute!.EventId).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(l => l.Method)));
        Assert.Empty(shared);
    }
}
