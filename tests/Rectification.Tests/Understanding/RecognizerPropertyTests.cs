using CsCheck;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Bot.Conversation.Understanding.Text;
using Rectification.Tests.Numerals;

namespace Rectification.Tests.Understanding;

/// <summary>
/// Properties of understanding as a whole: no message, however broken, makes the recognizer or the finding-number
/// parser throw; and a finding number written any way people write it is read as that number, in range or not.
/// </summary>
public sealed class RecognizerPropertyTests
{
    private static readonly MessageRecognizer Recognizer = new();

    private static readonly FindingNumbers OneToTwentyNine = FindingNumbers.Range(1, 29);

    // The pieces messages are made of, so random messages come near what the patterns look for.
    private static readonly string[] Fragments =
    [
        "第", "项", "號", "项第", "条", "问题", "item ", "#", "/status ", "/", "更新", "update ", "14.3", ": ", "：", "完成", "80%",
        "销号", "sign off ", "reopen ", "重新打开", "原因", "汇报", "佐证", "https://x.y/z", "订阅周报", "every Friday 17:00",
        "把", "加为", "工作人员", "绑定", "telegram", "分配", "完成时限改为", "2024-12-31", "汉融通", "谢谢", "hi", "帮助",
        "取消", "我的待办", "逾期", "廿", "卅", "萬", "twenty", "-", "负", "零", "十", "一百", "135项", "@", "\u200F", "\u202E",
        "\0", "\uD800", "\uDFFF", "😀", "**", "[x](http://x)", "<b>", "'; DROP TABLE Findings;--", "\n", "  ",
    ];

    private static readonly Gen<string> Messages = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char[' ', '\uFFFF'], 0, 40],
        Gen.OneOf(Fragments).Array[0, 8].Select(parts => string.Concat(parts)),
        Gen.Select(Gen.OneOf(Fragments).Array[0, 4], Gen.String[Gen.Char, 0, 6], Gen.Int[-5, 200])
            .Select((parts, noise, n) => string.Join(noise, parts) + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void NoMessageMakesTheRecognizerThrow()
    {
        Messages.Sample(text =>
        {
            var recognized = Recognizer.Recognize(text, AnnouncementFindings.Context);
            Assert.NotNull(recognized.Intent);
        }, iter: 4000);
    }

    [Fact]
    public void NoMessageMakesTheFindingNumberParserThrowOrPointOutsideTheText()
    {
        Messages.Sample(text =>
        {
            var normalized = TextNormalizer.Normalize(text);
            if (FindingNumberParser.Parse(text, OneToTwentyNine) is FindingNumberMention mention)
            {
                Assert.InRange(mention.Start, 0, normalized.Length);
                Assert.InRange(mention.Start + mention.Length, mention.Start, normalized.Length);
            }

            FindingNumberParser.ParseAfterVerb(text, text.Length / 2, OneToTwentyNine);
        }, iter: 4000);
    }

    [Fact]
    public void AFindingNumberWrittenAnyWayPeopleWriteItIsReadAsThatNumber()
    {
        var chinese = Gen.Select(Gen.Int[0, 99_999], Gen.OneOf(ChineseStyle.All)).Select((n, style) => (n, Numeral: NumeralWriters.Chinese(n, style)));
        var chineseMessage = Gen.Select(chinese, Gen.OneOf("第{0}项", "第{0}项进展如何", "第{0}項", "问题{0}", "/status {0}"))
            .Select((c, template) => (c.n, Text: string.Format(System.Globalization.CultureInfo.InvariantCulture, template, c.Numeral)));
        var english = Gen.Select(Gen.Int[0, 99_999], Gen.Bool, Gen.Bool).Select((n, and, hyphen) => (n, Words: NumeralWriters.English(n, and, hyphen, ordinal: false)));
        var englishMessage = Gen.Select(english, Gen.OneOf("item {0}", "status of item {0}", "How is finding {0} going?", "/status {0}"))
            .Select((e, template) => (e.n, Text: string.Format(System.Globalization.CultureInfo.InvariantCulture, template, e.Words)));
        var ordinalMessage = Gen.Int[1, 99].Select(n => (n, Text: $"the {NumeralWriters.English(n, and: false, hyphen: true, ordinal: true)} finding"));

        Gen.OneOf(chineseMessage, englishMessage, ordinalMessage).Sample(message =>
        {
            var read = FindingNumberParser.Parse(message.Text, OneToTwentyNine) switch
            {
                FindingNumberInRange inRange => inRange.Number,
                FindingNumberOutOfRange outOfRange => outOfRange.Value,
                var other => throw new Xunit.Sdk.XunitException($"\"{message.Text}\" gave {other}."),
            };
            Assert.Equal(message.n, read);
        }, iter: 4000);
    }

    [Fact]
    public void AnInRangeNumberIsAlwaysAnsweredWithThatFindingAndAnyOtherWithTheLedgersRange()
    {
        Gen.Select(Gen.Int[-50, 200], Gen.OneOf(ChineseStyle.All)).Sample((n, style) =>
        {
            var text = n < 0 ? $"item {n}" : $"第{NumeralWriters.Chinese(n, style)}项进展如何";
            var intent = Recognizer.Recognize(text, AnnouncementFindings.Context).Intent;
            Intent expected = n is >= 1 and <= 29 ? new FindingStatusIntent(n) : new NumberOutOfRangeIntent(intent is NumberOutOfRangeIntent o ? o.Raw : "?", n, 1, 29);
            Assert.Equal(expected, intent);
        }, iter: 2000);
    }
}
