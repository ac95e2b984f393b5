using System.Text.RegularExpressions;

namespace Rectification.Bot.Conversation.Understanding.Keywords;

/// <summary>
/// The English names people use for the round's topics, and the Chinese words the findings use for them, so
/// "what about the green finance one" finds 绿色金融. Applied to queries and findings alike (through
/// <see cref="KeywordTerms"/>), so findings written in English still match their own words. Kept short: the
/// topics of the reference round's titles, not a dictionary.
/// </summary>
public static partial class KeywordGlossary
{
    private static readonly (Regex English, string Chinese)[] Terms =
    [
        (GreenFinance(), "绿色金融"),
        (Hotline(), "市民热线"),
        (HanRongTong(), "汉融通"),
        (Listing(), "上市"),
        (Guarantee(), "担保"),
        (SciTechFinance(), "科创金融"),
        (PromotionCentre(), "金融发展促进中心"),
        (FinancialCentre(), "金融中心"),
        (Digital(), "数字化"),
        (CapitalMarket(), "资本市场"),
        (CityCircle(), "城市圈"),
        (OfficialCars(), "公务车"),
        (FinalPayment(), "尾款"),
        (Subsidies(), "奖补资金"),
        (SmallBusinesses(), "中小微企业"),
        (DirectFinancing(), "直接融资"),
    ];

    /// <summary>The text with each English topic name replaced by its Chinese words (lower-case input expected).</summary>
    public static string Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsAsciiLetter) && !text.Contains("12345", StringComparison.Ordinal))
        {
            // Findings and most questions are Chinese: nothing to translate, and no sixteen scans of every finding's text.
            return text;
        }

        foreach (var (english, chinese) in Terms)
        {
            text = english.Replace(text, " " + chinese + " ");
        }

        return text;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\bgreen\s+financ(e|ing)\b", Options)]
    private static partial Regex GreenFinance();

    [GeneratedRegex(@"\b(citizens?'?\s+)?hot\s?lines?\b|\b12345\b", Options)]
    private static partial Regex Hotline();

    [GeneratedRegex(@"\bhan\s?rong\s?tong\b", Options)]
    private static partial Regex HanRongTong();

    [GeneratedRegex(@"\b(ipos?|listings?|listed\s+compan(y|ies)|going\s+public)\b", Options)]
    private static partial Regex Listing();

    [GeneratedRegex(@"\b(financing\s+)?guarantees?\b", Options)]
    private static partial Regex Guarantee();

    [GeneratedRegex(@"\b(fintech|sci-?tech\s+financ(e|ing)|technology\s+financ(e|ing))\b", Options)]
    private static partial Regex SciTechFinance();

    [GeneratedRegex(@"\b(financial\s+)?(development\s+)?promotion\s+cent(er|re)\b", Options)]
    private static partial Regex PromotionCentre();

    [GeneratedRegex(@"\bfinancial\s+(hub|cent(er|re))\b", Options)]
    private static partial Regex FinancialCentre();

    [GeneratedRegex(@"\bdigit(al|ali[sz]ation)\b", Options)]
    private static partial Regex Digital();

    [GeneratedRegex(@"\bcapital\s+markets?\b", Options)]
    private static partial Regex CapitalMarket();

    [GeneratedRegex(@"\b(city\s+circle|metropolitan\s+area)\b", Options)]
    private static partial Regex CityCircle();

    [GeneratedRegex(@"\b(official\s+|government\s+)?(cars?|vehicles?)\b", Options)]
    private static partial Regex OfficialCars();

    [GeneratedRegex(@"\b(final|outstanding|unpaid)\s+payments?\b", Options)]
    private static partial Regex FinalPayment();

    [GeneratedRegex(@"\b(subsid(y|ies)|grants?|rewards?)\b", Options)]
    private static partial Regex Subsidies();

    [GeneratedRegex(@"\b(smes?|small\s+(and\s+medium\s+)?(businesses|firms|enterprises))\b", Options)]
    private static partial Regex SmallBusinesses();

    [GeneratedRegex(@"\bdirect\s+financing\b", Options)]
    private static partial Regex DirectFinancing();
}
