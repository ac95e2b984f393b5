using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Tests.Understanding;

/// <summary>
/// Understanding at the edges, against the real 29 findings: numbers in English words, Chinese numerals as documents
/// and input methods write them, greetings and thanks, numbers that are no finding's, and counts quoted from a finding.
/// </summary>
public class EdgeUnderstandingTests
{
    private static readonly MessageRecognizer Recognizer = new();

    public static TheoryData<string, Intent> EdgePhrasings => new()
    {
        // English words, as digits would be
        { "status of item fourteen", Status(14) },
        { "item twenty-nine", Status(29) },
        { "item twenty nine", Status(29) },
        { "How is finding Fourteen going?", Status(14) },
        { "the twenty-ninth finding", Status(29) },
        { "the first item", Status(1) },
        { "/status fourteen", Status(14) },
        { "fourteen", Status(14) },
        { "item thirty", OutOfRange("thirty", 30) },
        { "item one hundred and five", OutOfRange("one hundred and five", 105) },
        { "item twenty fourteen", OutOfRange("twenty fourteen", null) },

        // Chinese numerals: 廿 and 卅, traditional characters, financial forms
        { "廿九项", Status(29) },
        { "第廿九项", Status(29) },
        { "问题廿九", Status(29) },
        { "第廿项", Status(20) },
        { "第卅项", OutOfRange("卅", 30) },
        { "第十四項進展如何", Status(14) },
        { "第貳項", Status(2) },
        { "第參項", Status(3) },
        { "第陸項", Status(6) },
        { "第兩項", Status(2) },
        { "第壹拾肆项", Status(14) },
        { "第贰拾玖项", Status(29) },
        { "第貳拾玖項", Status(29) },
        { "第一萬项", OutOfRange("一萬", 10000) },
        { "第一万零五项", OutOfRange("一万零五", 10005) },

        // Read in part is never another item: not understood instead
        { "二九", OutOfRange("二九", null) },
        { "第二九项", OutOfRange("二九", null) },
        { "十四点五项", new UnrecognizedIntent() },
        { "负三项", new UnrecognizedIntent() },
        { "no one has reported yet", new UnrecognizedIntent() },

        // Zero, negative and out of range
        { "status of item 0", OutOfRange("0", 0) },
        { "item -3", OutOfRange("-3", -3) },
        { "#-3", OutOfRange("-3", -3) },
        { "第-3项", OutOfRange("-3", -3) },
        { "第负三项", OutOfRange("负三", -3) },
        { "item 999", OutOfRange("999", 999) },
        { "第三十项", OutOfRange("三十", 30) },

        // A count quoted from a finding is no item number: the findings that quote it
        { "金融产品135项", Keywords("金融产品135项", 4, 13) },
        { "135项", Keywords("135项", 4, 13) },
        { "第135项", OutOfRange("135", 135) },

        // Greetings and thanks
        { "你好", Hello },
        { "您好！", Hello },
        { "hi", Hello },
        { "Hello there", Hello },
        { "good morning", Hello },
        { "早上好", Hello },
        { "谢谢", Thanks },
        { "多谢", Thanks },
        { "谢谢你！", Thanks },
        { "好的，谢谢", Thanks },
        { "非常感谢", Thanks },
        { "thanks", Thanks },
        { "Thank you!", Thanks },
        { "thank you very much", Thanks },
        { "ok thanks", Thanks },
        { "thanks a lot", Thanks },
    };

    [Theory]
    [MemberData(nameof(EdgePhrasings))]
    public void UnderstandsTheMessageAsItMeansOrSaysItCannot(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }

    [Theory]
    [InlineData("thanks for the update on item 14")]
    [InlineData("谢谢，第14项进展如何")]
    [InlineData("hi, status of item 14")]
    public void ACourtesyBeforeAQuestionDoesNotHideTheQuestion(string text)
    {
        Assert.Equal(Status(14), Recognizer.Recognize(text, AnnouncementFindings.Context).Intent);
    }

    [Fact]
    public void TheRangeNamedForANumberThatIsNoFindingsIsTheLedgers()
    {
        var twelve = new RecognitionContext([.. AnnouncementFindings.All.Take(12)]);

        Assert.Equal(new NumberOutOfRangeIntent("twenty", 20, 1, 12), Recognizer.Recognize("item twenty", twelve).Intent);
    }

    private static GreetingIntent Hello => new(Courtesy.Hello);

    private static GreetingIntent Thanks => new(Courtesy.Thanks);

    private static FindingStatusIntent Status(int number) => new(number);

    private static NumberOutOfRangeIntent OutOfRange(string raw, int? value) => new(raw, value, 1, 29);

    private static KeywordMatchIntent Keywords(string query, params int[] numbers) => new(numbers, query);
}
