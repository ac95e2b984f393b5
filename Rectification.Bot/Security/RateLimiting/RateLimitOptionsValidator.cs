using Microsoft.Extensions.Options;

namespace Rectification.Bot.Security.RateLimiting;

/// <summary>Refuses to start with a limit below one or a window outside one second to one hour, naming the key.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        string?[] problems =
        [
            Permits(nameof(RateLimitOptions.MessagesPerUser), options.MessagesPerUser),
            Window(nameof(RateLimitOptions.UserWindow), options.UserWindow),
            Permits(nameof(RateLimitOptions.RequestsPerAddress), options.RequestsPerAddress),
            Window(nameof(RateLimitOptions.AddressWindow), options.AddressWindow),
        ];
        var found = problems.OfType<string>().ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }

    private static string? Permits(string key, int value) => value >= 1
        ? null
        : $"{RateLimitOptions.Section}:{key} is {value}; set it to 1 or more (how many are allowed in one window).";

    private static string? Window(string key, TimeSpan value) =>
        value >= RateLimitOptions.ShortestWindow && value <= RateLimitOptions.LongestWindow
            ? null
            : $"{RateLimitOptions.Section}:{key} is {value}; set it between 00:00:01 and 01:00:00 (hh:mm:ss).";
}
