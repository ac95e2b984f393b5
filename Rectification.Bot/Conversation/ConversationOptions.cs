namespace Rectification.Bot.Conversation;

/// <summary>Settings of the conversation that are the office's, not a channel's.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>The office's time zone (IANA id), in which dates and times are shown.</summary>
    public string TimeZone { get; set; } = Domain.Reporting.OfficeTimeZone.DefaultId;

    public TimeZoneInfo OfficeTimeZone => Domain.Reporting.OfficeTimeZone.Resolve(TimeZone);
}
