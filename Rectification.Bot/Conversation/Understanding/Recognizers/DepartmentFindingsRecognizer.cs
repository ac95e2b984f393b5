using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// A department's findings: the asker's own (我们处的问题, 我负责的是哪几项, "my items") or one named by its name
/// (科技金融处的问题). Whether the named department exists is for the answer, which knows the ledger.
/// </summary>
public sealed class DepartmentFindingsRecognizer : IIntentRecognizer
{
    public string Name => "department findings";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        if (QuestionPatterns.OwnDepartment().IsMatch(utterance.Core))
        {
            return new DepartmentFindingsIntent();
        }

        var named = QuestionPatterns.NamedDepartment().Match(utterance.Core);
        if (!named.Success)
        {
            return null;
        }

        var department = named.Groups["department"].Value;
        return QuestionPatterns.OwnDepartmentName().IsMatch(department) ? new DepartmentFindingsIntent() : new DepartmentFindingsIntent(department);
    }
}
