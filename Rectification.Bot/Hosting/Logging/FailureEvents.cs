namespace Rectification.Bot.Hosting.Logging;

/// <summary>
/// The event id of each kind of failure or warning the bot logs, in one place, so an operator can alert on one kind
/// (and a log query can count it) without matching message text. Every warning and error of the bot's own code uses
/// one of these (EveryFailureLogHasItsOwnEventIdTests checks it); they are never reused for another meaning.
/// </summary>
internal static class FailureEvents
{
    // Turns in the channel-neutral core: 1000s.
    public const int TurnFailed = 1001;
    public const int ApologyFailed = 1002;
    public const int AnswerRefusedForGood = 1003;
    public const int StorageFull = 1004;
    public const int PersonOverMessageLimit = 1101;
    public const int MessageOverLimitDropped = 1102;

    // The Bot Framework channel (Teams, Web Chat, the Emulator): 2000s.
    public const int BotFrameworkTurnFailed = 2001;
    public const int TypingIndicatorFailed = 2002;
    public const int OtherTenantIgnored = 2003;
    public const int TranscriptWriteFailed = 2004;
    public const int ConnectorAnsweredError = 2005;
    public const int BotFrameworkRequestRefused = 2006;
    public const int SigningKeysRefreshFailed = 2007;
    public const int BotFrameworkAuthenticationOff = 2008;
    public const int FileConsentRefused = 2009;
    public const int FileConsentUploadFailed = 2010;

    // Telegram: 3000s.
    public const int TelegramWebhookRefused = 3001;
    public const int TelegramPollFailed = 3002;
    public const int TelegramUpdateFailed = 3003;
    public const int TelegramSetupFailed = 3004;

    // The outbox and the scheduled jobs: 4000s.
    public const int OutboxPossibleRepeat = 4001;
    public const int OutboxAbandonedAfterInterruptions = 4002;
    public const int OutboxRefusedByChannel = 4003;
    public const int OutboxSendRetried = 4004;
    public const int OutboxGaveUp = 4005;
    public const int OutboxLeaseLost = 4006;
    public const int WeeklyMessagesJobFailed = 4007;
    public const int DigestWithoutConversation = 4008;
    public const int HousekeepingFailed = 4009;

    // Start-up warnings about how the bot is set up: 5000s.
    public const int RunsUnauthenticated = 5001;
    public const int ExposedWithoutAuthentication = 5002;
    public const int UnknownPeopleMayReport = 5003;
    public const int CalendarYearNotCovered = 5004;
}
