namespace Rectification.Domain.Reporting;

/// <summary>
/// The office's time zone and the one fallback for a zone this machine does not know: weeks, deadlines and delivery
/// times are reckoned in China Standard Time unless a setting or a person's client says otherwise.
/// </summary>
public static class OfficeTimeZone
{
    public const string DefaultId = "Asia/Shanghai";

    /// <summary>The zone named by <paramref name="id"/> (IANA or Windows), else the office's.</summary>
    public static TimeZoneInfo Resolve(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(DefaultId);

    /// <summary>
    /// Why a time-zone setting cannot be used, or null when this machine knows the zone: a setting's zone is checked
    /// at start-up, since <see cref="Resolve"/> would quietly take the office's zone instead.
    /// </summary>
    public static string? SettingProblem(string key, string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _)
            ? null
            : $"{key} is '{id}', which is not a time zone this machine knows. Use an IANA id such as {DefaultId}.";

    /// <summary>The IANA id of a zone a client reported, when this machine knows it; null otherwise.</summary>
    public static string? KnownIanaId(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)
            ? (zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : id.Trim())
            : null;
}
