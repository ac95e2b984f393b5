using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting;

namespace Rectification.Bot.Security;

/// <summary>
/// Local mode (Security:Mode=Development: no channel authentication, the API open) listens on loopback only. An
/// address other machines can reach is refused at start-up, naming the settings to change, unless the operator
/// opted in with <see cref="SecurityOptions.AllowUnauthenticatedKey"/> (then every start logs a warning).
/// </summary>
internal sealed class ExposureValidator(IConfiguration configuration) : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        if (!options.TryGetMode(out var mode) || mode != SecurityMode.Development || SecurityOptions.AllowsUnauthenticatedExposure(configuration))
        {
            return ValidateOptionsResult.Success;
        }

        var exposed = ListenAddresses.Configured(configuration).Where(url => !ListenAddresses.IsLoopback(url)).ToList();
        return exposed.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{SecurityOptions.ModeKey} is Development, so nobody is authenticated, yet the bot would listen on {string.Join(", ", exposed)}, " +
                "which other machines can reach. Listen on loopback only (e.g. ASPNETCORE_URLS=http://127.0.0.1:3978), " +
                $"or set {SecurityOptions.ModeKey}=Production with channel credentials and Api:Keys, " +
                $"or, on a network you trust, set {SecurityOptions.AllowUnauthenticatedKey}=true.");
    }
}
