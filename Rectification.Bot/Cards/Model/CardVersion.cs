using System.Globalization;
using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// An Adaptive Card schema version such as 1.2. Written as the string "1.2", the form the schema and Teams expect.
/// </summary>
[JsonConverter(typeof(CardVersionJsonConverter))]
public readonly record struct CardVersion(int Major, int Minor) : IComparable<CardVersion>
{
    public static CardVersion V1_0 { get; } = new(1, 0);
    public static CardVersion V1_1 { get; } = new(1, 1);

    /// <summary>The highest version Teams mobile renders reliably: every display card declares it.</summary>
    public static CardVersion V1_2 { get; } = new(1, 2);
    public static CardVersion V1_3 { get; } = new(1, 3);
    public static CardVersion V1_4 { get; } = new(1, 4);

    /// <summary>The highest version Teams desktop and web render.</summary>
    public static CardVersion V1_5 { get; } = new(1, 5);

    public static bool operator <(CardVersion left, CardVersion right) => left.CompareTo(right) < 0;
    public static bool operator >(CardVersion left, CardVersion right) => left.CompareTo(right) > 0;
    public static bool operator <=(CardVersion left, CardVersion right) => left.CompareTo(right) <= 0;
    public static bool operator >=(CardVersion left, CardVersion right) => left.CompareTo(right) >= 0;

    public static CardVersion Parse(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            throw new FormatException($"'{text}' is not an Adaptive Card version such as 1.2.");
        }

        return new CardVersion(major, minor);
    }

    public int CompareTo(CardVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}
