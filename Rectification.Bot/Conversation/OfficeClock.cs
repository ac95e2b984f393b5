using Microsoft.Extensions.Options;
namespace Rectification.Bot.Conversation;

/// <summary>Dates and times as the office reads them (Conversation:TimeZone): the one home of the office's today.</summary>
public sealed class OfficeClock(TimeProvider clock, IOptions<ConversationOptions> options)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.OfficeTimeZone).DateTime);

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), options.Value.OfficeTimeZone);
}
