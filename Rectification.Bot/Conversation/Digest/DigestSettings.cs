using Rectification.Bot.Storage;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Conversation.Digest;

/// <summary>The "Digest" settings: who may subscribe, the defaults of a subscription, and what the digest counts.</summary>
public sealed class DigestSettings
{
    public const string Section = "Digest";

    /// <summary>True: anyone may subscribe and ask for the digest; otherwise leaders and admins only.</summary>
    public bool AllowAnyone { get; set; }

    public string DefaultTimeZone { get; set; } = OfficeTimeZone.DefaultId;

    public DayOfWeek DefaultDay { get; set; } = DayOfWeek.Monday;

    public TimeOnly DefaultTime { get; set; } = DigestSubscription.DefaultTime;

    /// <summary>Stall and due-soon thresholds, list lengths (see <see cref="DigestOptions"/>).</summary>
    public DigestOptions Content { get; set; } = new();

    public TimeZoneInfo DefaultZone() => OfficeTimeZone.Resolve(DefaultTimeZone);
}
