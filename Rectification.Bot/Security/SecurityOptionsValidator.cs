using Microsoft.Extensions.Options;

namespace Rectification.Bot.Security;

/// <summary>Refuses to start without a security mode: an absent setting must never decide how open the bot is.</summary>
internal sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        if (options.TryGetMode(out _))
        {
            return ValidateOptionsResult.Success;
        }

        var problem = string.IsNullOrWhiteSpace(options.Mode)
            ? $"{SecurityOptions.ModeKey} is not set."
            : $"{SecurityOptions.ModeKey} '{options.Mode}' is not a security mode.";
        return ValidateOptionsResult.Fail(
            $"{problem} Set it to {SecurityOptions.AllowedModes} (e.g. the environment variable Security__Mode=Production): " +
            "Development runs without credentials and must not be exposed; Production requires channel authentication and API keys.");
    }
}
