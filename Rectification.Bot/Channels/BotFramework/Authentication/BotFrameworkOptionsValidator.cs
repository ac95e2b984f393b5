using Microsoft.Extensions.Options;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>Refuses, at start-up, settings under which inbound tokens could not be checked safely.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var problems = BotFrameworkAuthenticationSettings.Problems(options);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => "Bot Framework settings: " + problem));
    }
}
