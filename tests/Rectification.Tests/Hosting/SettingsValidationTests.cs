using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Hosting;

/// <summary>
/// A setting the bot cannot work with stops it at start-up, with a message naming the key and what would do, instead
/// of failing at the first turn, the first digest or never (a time zone it does not know quietly became Shanghai's).
/// </summary>
public sealed class SettingsValidationTests
{
    [Theory]
    [InlineData("Dialogs:ExpireAfter", "00:00:00", "Dialogs:ExpireAfter must be a positive time span")]
    [InlineData("Dialogs:MaxRetries", "-1", "Dialogs:MaxRetries must be 0 or more")]
    [InlineData("Dialogs:StepLease", "-00:00:01", "Dialogs:StepLease must be a positive time span")]
    [InlineData("Scheduling:Cron", "every monday", "Scheduling:Cron is not a Quartz cron expression")]
    [InlineData("Scheduling:MaxAttempts", "0", "Scheduling:MaxAttempts must be 1 or more")]
    [InlineData("Scheduling:MaxBackoff", "00:00:01", "Scheduling:MaxBackoff must be at least Scheduling:FirstBackoff")]
    [InlineData("Scheduling:BatchSize", "0", "Scheduling:BatchSize must be 1 or more")]
    [InlineData("Reminders:DueWithinDays", "-2", "Reminders:DueWithinDays must be 0 or more working days")]
    [InlineData("Reminders:TimeZone", "Mars/Olympus", "Reminders:TimeZone is 'Mars/Olympus', which is not a time zone this machine knows")]
    [InlineData("Conversation:TimeZone", "Beijing", "Conversation:TimeZone is 'Beijing', which is not a time zone this machine knows. Use an IANA id such as Asia/Shanghai.")]
    [InlineData("BotFramework:Turns:AcknowledgeAfter", "00:00:30", "BotFramework:Turns:AcknowledgeAfter must be a positive time span of at most 00:00:14")]
    [InlineData("BotFramework:Turns:TypingIndicatorAfter", "00:00:12", "BotFramework:Turns:TypingIndicatorAfter must be shorter than BotFramework:Turns:AcknowledgeAfter")]
    [InlineData("BotFramework:AllowedTenants:0", " ", "BotFramework:AllowedTenants:0 is empty: give an Entra tenant id, or remove the entry")]
    [InlineData("Transcripts:Folder", "bad\0folder", "Transcripts:Folder is not a folder path")]
    [InlineData("Connector:Retry:MaxAttempts", "0", "Connector:Retry:MaxAttempts must be 1 or more")]
    [InlineData("Connector:Retry:TotalTimeout", "00:00:00", "Connector:Retry:TotalTimeout must be a positive time span")]
    [InlineData("Digest:DefaultTimeZone", "Mars/Olympus", "Digest:DefaultTimeZone is 'Mars/Olympus', which is not a time zone this machine knows")]
    [InlineData("Digest:Content:StallDays", "0", "Digest:Content:StallDays must be 1 or more days")]
    [InlineData("Digest:Content:TitleLength", "1", "Digest:Content:TitleLength must be 2 or more characters")]
    [InlineData("MicrosoftAppId", "00000000-0000-0000-0000-000000000001", "MicrosoftAppId is set but MicrosoftAppPassword is not, so no reply could be sent: set MicrosoftAppPassword")]
    [InlineData("Reporting:AllowUnknownUsers", "yes", "Failed to convert configuration value")]
    public void ASettingTheBotCannotUseStopsItAtStartNamingTheKey(string key, string value, string expected)
    {
        using var factory = new BotApplicationFactory().With(key, value);

        var refusal = StartupRefusal.Of(factory);

        Assert.Contains(expected, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemOfASectionIsNamedInOneRefusal()
    {
        using var factory = new BotApplicationFactory().With("Scheduling:MaxAttempts", "0").With("Scheduling:BatchSize", "0");

        var refusal = StartupRefusal.Of(factory);

        Assert.Contains("Scheduling:MaxAttempts", refusal, StringComparison.Ordinal);
        Assert.Contains("Scheduling:BatchSize", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void ASingleTenantAppWithoutItsTenantIsRefusedAtStartNotAtTheFirstReply()
    {
        using var factory = new BotApplicationFactory()
            .With("MicrosoftAppId", "00000000-0000-0000-0000-000000000001")
            .With("MicrosoftAppPassword", "secret")
            .With("MicrosoftAppType", "SingleTenant");

        var refusal = StartupRefusal.Of(factory);

        Assert.Contains("MicrosoftAppType is SingleTenant, so MicrosoftAppTenantId is needed", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCommittedSettingsPassAndTheBotAnswers()
    {
        using var factory = new BotApplicationFactory().With("Conversation:TimeZone", "Asia/Shanghai").With("Scheduling:Cron", "0 */5 * * * ?");

        var replies = await new BotClient(factory.CreateClient()).AskAsync("status of item 14");

        Assert.NotEmpty(replies);
    }
}
