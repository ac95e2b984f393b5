using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// The last resort before "not understood": a question without a number, matched against the findings' words
/// (汉融通, 绿色金融进展如何, "/status 市民热线"). The question's own wording (请问, 进展, 怎么样, the command) is taken out
/// first so it neither adds noise nor shows in the query echoed back to the user. A query holding a figure
/// (金融产品135项) is looked for as written first: figures are no terms, and the findings that quote it are the answer.
/// </summary>
public sealed partial class KeywordRecognizer : IIntentRecognizer
{
    // As many as a choice offers; a figure quoted by more findings than that says nothing about which one is meant.
    private const int MaxQuotingFindings = 5;

    public string Name => "keywords";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        var query = Spaces().Replace(QuestionWording().Replace(utterance.Core, " "), " ").Trim();
        if (query.Length == 0)
        {
            return null;
        }

        var quoting = query.Any(char.IsAsciiDigit) ? context.FindingsQuoting(query) : [];
        var numbers = quoting.Count is > 0 and <= MaxQuotingFindings ? quoting : context.Keywords.Search(query);
        return numbers.Count == 0 ? null : new KeywordMatchIntent(numbers, query);
    }

    // The wording around a topic in a sentence (汉融通那个怎么样了, 那个市民热线的事办得怎么样, "what about the green
    // finance one") goes too; the index still refuses a long sentence whose words are mostly not a finding's.
    [GeneratedRegex(@"^/[a-z_]+|请问|请|查询|查一下|查查|看看|看一下|告诉我|关于|有关|那个|这个|那件|这件|那项|这项|那条|这条|的事(情|儿)?|事儿|(办|做|搞|弄|进行|推进|落实|整改)得|到哪一?步了?|到哪了|咋样了?|如何了|的?(问题|事项|进展|进度|情况)|的$|现在|目前|如何|怎么样了?|怎样|怎么|什么|哪个|哪项|吗|呢|吧|啊|了|\b(what|how)\s+about\b|\bhow('s|\s+is|\s+are)\b|\bwhat('s|\s+is)\s+happening\s+with\b|\bany\s+news\s+(on|about)\b|\b(the|one|that|going|doing|thing|coming\s+along)\b|[?？!！。,，、]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionWording();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
