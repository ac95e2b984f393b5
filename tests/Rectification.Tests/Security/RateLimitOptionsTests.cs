using Rectification.Bot.Security.RateLimiting;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Security;

/// <summary>The rate limits are checked at start-up, each refusal naming the key and what to set.</summary>
public sealed class RateLimitOptionsTests
{
    [Theory]
    [InlineData(nameof(RateLimitOptions.MessagesPerUser), "0", "RateLimits:MessagesPerUser is 0; set it to 1 or more")]
    [InlineData(nameof(RateLimitOptions.RequestsPerAddress), "-5", "RateLimits:RequestsPerAddress is -5; set it to 1 or more")]
    [InlineData(nameof(RateLimitOptions.UserWindow), "00:00:00", "RateLimits:UserWindow is 00:00:00; set it between 00:00:01 and 01:00:00")]
    [InlineData(nameof(RateLimitOptions.AddressWindow), "1.00:00:00", "RateLimits:AddressWindow is 1.00:00:00; set it between 00:00:01 and 01:00:00")]
    public void AnImpossibleLimitRefusesToStartNamingTheKey(string key, string value, string expected)
    {
        using var factory = new BotApplicationFactory().With($"{RateLimitOptions.Section}:{key}", value);

        var refusal = Record.Exception(factory.StartServer);

        Assert.NotNull(refusal);
        var messages = refusal is AggregateException several ? string.Join(" | ", several.InnerExceptions.Select(e => e.Message)) : refusal.Message;
        Assert.Contains(expected, messages, StringComparison.Ordinal);
    }
}
