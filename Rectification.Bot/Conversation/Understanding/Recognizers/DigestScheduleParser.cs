using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// Reads "every Friday 17:00", "on fridays at 5pm", 每周五17点, 星期一上午9点半 from a subscribe message. An impossible
/// time (25:00) is dropped rather than corrected: the subscription then keeps its default time.
/// </summary>
public static partial class DigestScheduleParser
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string ChineseWeekdays = "一二三四五六日天";

    private static readonly string[] EnglishWeekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static DigestSchedule Parse(string text) => new(ParseDay(text), ParseTime(text));

    private static DayOfWeek? ParseDay(string text)
    {
        if (ChineseDay().Match(text) is { Success: true } chinese)
        {
            // 一…六 are Monday…Saturday; 日 and 天 are Sunday.
            var index = ChineseWeekdays.IndexOf(chinese.Groups["d"].Value[0], StringComparison.Ordinal);
            return index >= 6 ? DayOfWeek.Sunday : (DayOfWeek)(index + 1);
        }

        if (EnglishDay().Match(text) is { Success: true } english)
        {
            var prefix = english.Groups["d"].Value[..3].ToLowerInvariant();
            return (DayOfWeek)Array.IndexOf(EnglishWeekdays, prefix);
        }

        return null;
    }

    private static TimeOnly? ParseTime(string text)
    {
        if (ChineseTime().Match(text) is { Success: true } chinese)
        {
            var minute = chinese.Groups["half"].Success ? "30" : chinese.Groups["m"].Value;
            return ToTime(chinese.Groups["h"].Value, minute, chinese.Groups["p"].Value);
        }

        var english = TwelveHourTime().Match(text) is { Success: true } twelve ? twelve : ClockTime().Match(text);
        return english.Success
            ? ToTime(english.Groups["h"].Value, english.Groups["m"].Value, english.Groups["ap"].Value)
            : null;
    }

    private static TimeOnly? ToTime(string hourText, string minuteText, string period)
    {
        if (!ChineseNumeral.TryParse(hourText, out var hour))
        {
            return null;
        }

        var minute = 0;
        if (minuteText.Length > 0 && !ChineseNumeral.TryParse(minuteText, out minute))
        {
            return null;
        }

        hour = InTwentyFourHours(hour, period.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    private static int InTwentyFourHours(int hour, string period) => period switch
    {
        "pm" or "下午" or "傍晚" or "晚上" when hour < 12 => hour + 12,
        "中午" when hour < 11 => hour + 12, // 中午1点 is 13:00, 中午12点 is noon
        "am" or "上午" or "早上" or "早晨" when hour == 12 => 0,
        _ => hour,
    };

    [GeneratedRegex("(每周|每星期|每个?礼拜|周|星期|礼拜)(?<d>[" + ChineseWeekdays + "])", Options)]
    private static partial Regex ChineseDay();

    [GeneratedRegex(@"\b(?<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)s?\b", Options)]
    private static partial Regex EnglishDay();

    [GeneratedRegex(@"(?<p>上午|早上|早晨|中午|下午|傍晚|晚上)?\s*(?<h>\d{1,2}|[零〇一二两三四五六七八九十]+)\s*(点|时)\s*((?<half>半)|(?<m>\d{1,2}|[零〇一二三四五六七八九十]+)\s*分?)?", Options)]
    private static partial Regex ChineseTime();

    [GeneratedRegex(@"\b(?<h>\d{1,2})(:(?<m>\d{2}))?\s*(?<ap>am|pm|a\.m\.|p\.m\.)", Options)]
    private static partial Regex TwelveHourTime();

    [GeneratedRegex(@"\b(?<h>\d{1,2}):(?<m>\d{2})\b", Options)]
    private static partial Regex ClockTime();
}
