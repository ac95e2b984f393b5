using Microsoft.Extensions.Options;
using Rectification.Bot.Security;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The channel's Emulator mode (no MicrosoftAppId, no token check) is its own rule, but a security mode that
/// requires authenticated channels does not allow it: the bot refuses to start instead of accepting anyone.
/// </summary>
internal sealed class ProductionAuthenticationValidator(SecurityPolicy security) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options) =>
        security.ChannelsMustAuthenticate && options.IsLocalMode
            ? ValidateOptionsResult.Fail(security.Requires(
                $"the Bot Framework channel needs {nameof(BotFrameworkOptions.MicrosoftAppId)}: without it /api/messages " +
                "would accept unauthenticated activities (the Emulator's mode, for Development only)."))
            : ValidateOptionsResult.Success;
}
