namespace Rectification.Bot.Channels.BotFramework.Authentication;

/// <summary>Why a request was refused; logged, never sent to the caller.</summary>
public enum AuthenticationFailureReason
{
    MissingAuthorizationHeader,
    MalformedAuthorizationHeader,
    MalformedToken,

    /// <summary>A token arrived but no MicrosoftAppId is configured, so no token can be addressed to this bot.</summary>
    NoAppIdConfigured,

    /// <summary>A bot-to-bot (skill) token: this bot is not a skill and accepts no other bot as a caller.</summary>
    SkillTokenNotAccepted,
    DisallowedAlgorithm,
    MissingKeyId,
    UnknownSigningKey,
    SigningKeysUnavailable,
    InvalidSignature,
    Expired,
    NotYetValid,
    InvalidIssuer,
    InvalidAudience,
    MissingEndorsement,
    ServiceUrlMismatch,
    UnsupportedTokenVersion,
    InvalidAppId,

    /// <summary>Any other check of the token library (missing expiry, replay, …).</summary>
    InvalidToken,
}
