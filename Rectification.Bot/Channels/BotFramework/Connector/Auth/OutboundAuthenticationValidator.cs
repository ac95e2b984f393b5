using Microsoft.Extensions.Options;

namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>
/// The outbound token settings are resolved when the first reply is sent; resolving them at start-up too means an
/// app id without its password (or a single-tenant app without its tenant) stops the bot before it accepts a message.
/// </summary>
internal sealed class OutboundAuthenticationValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        try
        {
            _ = OutboundAuthSettings.Resolve(options);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException misconfigured)
        {
            return ValidateOptionsResult.Fail(misconfigured.Message);
        }
    }
}
