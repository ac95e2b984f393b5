using Microsoft.Extensions.Options;
using Rectification.Bot.Security;

namespace Rectification.Bot.Channels.DirectLine;

/// <summary>Refuses, at start-up, Direct Line settings that would let anyone mint tokens or keep them for ever.</summary>
internal sealed class DirectLineOptionsValidator(SecurityPolicy policy) : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var problems = Problems(options).ToList();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => "Direct Line settings: " + problem));
    }

    private IEnumerable<string> Problems(DirectLineOptions options)
    {
        if (options.Secret is { } secret && secret.Length < DirectLineOptions.MinimumKeyLength)
        {
            yield return $"DirectLine:Secret must be at least {DirectLineOptions.MinimumKeyLength} characters.";
        }

        if (options.TokenSigningKey is { } key && key.Length < DirectLineOptions.MinimumKeyLength)
        {
            yield return $"DirectLine:TokenSigningKey must be at least {DirectLineOptions.MinimumKeyLength} characters.";
        }
        else if (options.TokenSigningKey is null && policy.ChannelsMustAuthenticate)
        {
            yield return policy.Requires("DirectLine:TokenSigningKey must be set (the same on every instance): tokens signed with a key of one start would not hold on another.");
        }

        if (options.TokenLifetime < TimeSpan.FromMinutes(1) || options.TokenLifetime > TimeSpan.FromHours(24))
        {
            yield return $"DirectLine:TokenLifetime {options.TokenLifetime} is not between one minute and a day.";
        }

        if (options.StreamPollInterval < TimeSpan.FromMilliseconds(50) || options.StreamPollInterval > TimeSpan.FromMinutes(1))
        {
            yield return $"DirectLine:StreamPollInterval {options.StreamPollInterval} is not between 50 ms and a minute.";
        }
    }
}
