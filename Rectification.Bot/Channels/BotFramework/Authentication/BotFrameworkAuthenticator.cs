using Microsoft.Extensions.Logging;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Hosting.Logging;

namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>
/// The order of brief 2.2 and 2.5: no header is fine only while no app id is configured; a header is always
/// validated; skill tokens are refused (this bot is not a skill, so no other bot may call it, and the SDK itself
/// refuses them without an allowed-callers list); Entra-issued tokens take the Emulator path; all others the channel
/// path.
/// </summary>
internal sealed partial class BotFrameworkAuthenticator(
    BotFrameworkAuthenticationSettings settings,
    ChannelTokenValidator channelTokens,
    EmulatorTokenValidator emulatorTokens,
    ILogger<BotFrameworkAuthenticator> logger) : IBotFrameworkAuthenticator
{
    public async Task<BotCallerIdentity> AuthenticateAsync(
        Activity activity, string? authorizationHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            return await AuthenticateCoreAsync(activity, authorizationHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (BotFrameworkAuthenticationException exception)
        {
            LogRefused(exception.Reason, exception.Message, activity.ChannelId, activity.ServiceUrl);
            throw;
        }
    }

    private async Task<BotCallerIdentity> AuthenticateCoreAsync(
        Activity activity, string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return settings.IsAuthenticationDisabled
                ? BotCallerIdentity.CreateAnonymous()
                : throw new BotFrameworkAuthenticationException(
                    AuthenticationFailureReason.MissingAuthorizationHeader, "The request has no Authorization header.");
        }

        var token = BearerToken.Read(authorizationHeader);

        // The SDK would validate the token and then fail comparing its app id with the empty one configured; the
        // answer is the same 401, reached here without downloading any keys for it.
        if (settings.IsAuthenticationDisabled)
        {
            throw new BotFrameworkAuthenticationException(AuthenticationFailureReason.NoAppIdConfigured,
                "A token was sent, but no MicrosoftAppId is configured for it to be addressed to.");
        }

        return BotTokenClassifier.Classify(token) switch
        {
            BotTokenKind.Skill => throw new BotFrameworkAuthenticationException(
                AuthenticationFailureReason.SkillTokenNotAccepted, "Skill (bot-to-bot) tokens are not accepted."),
            BotTokenKind.Emulator => await emulatorTokens.ValidateAsync(token, activity, cancellationToken)
                .ConfigureAwait(false),
            _ => await channelTokens.ValidateAsync(token, activity, cancellationToken).ConfigureAwait(false),
        };
    }

    [LoggerMessage(EventId = FailureEvents.BotFrameworkRequestRefused, Level = LogLevel.Warning,
        Message = "Refused a Bot Framework request ({Reason}): {Detail} Channel {ChannelId}, serviceUrl {ServiceUrl}.")]
    private partial void LogRefused(AuthenticationFailureReason reason, string detail, string? channelId, string? serviceUrl);
}
