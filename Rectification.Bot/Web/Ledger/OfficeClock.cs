using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation;

namespace Rectification.Bot.Web.Ledger;

/// <summary>Dates and times as the office reads them (Conversation:TimeZone).</summary>
internal sealed class OfficeClock(TimeProvider clock, IOptions<ConversationOptions> options)
{
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.OfficeTimeZone).DateTime);

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), options.Value.OfficeTimeZone);
}
