using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>
/// The questions a person may ask at any time, in the middle of a dialog too (status, history, lists, the supervision list, my to-do, my
/// department, overall progress, this week's changes): one switch, used by <see cref="IntentAnswers"/> and by the
/// dialog runner, so a new question is answered in both places by adding it here once.
/// </summary>
internal sealed class AnytimeQuestions(FindingAnswers findings, QuestionAnswers questions, SupervisionAnswers supervision)
{
    public static bool IsQuestion(Intent intent) =>
        intent is FindingStatusIntent or HistoryIntent or ListFindingsIntent or SupervisionListIntent
            or MyToDoIntent or DepartmentFindingsIntent or OverallProgressIntent or WeekChangesIntent;

    public Task<IReadOnlyList<OutboundMessage>> AnswerAsync(Intent intent, Reply reply, CancellationToken cancellationToken) => intent switch
    {
        FindingStatusIntent status => findings.StatusAsync(status.Number, reply, cancellationToken),
        HistoryIntent history => findings.HistoryAsync(history.FindingNumber, reply, cancellationToken),
        ListFindingsIntent list => findings.ListAsync(list.Filter, reply, cancellationToken),
        SupervisionListIntent list => supervision.ListAsync(list, reply, cancellationToken),
        MyToDoIntent => questions.ToDoAsync(reply, cancellationToken),
        DepartmentFindingsIntent department => questions.DepartmentAsync(department, reply, cancellationToken),
        OverallProgressIntent => questions.OverallAsync(reply, cancellationToken),
        WeekChangesIntent => questions.WeekChangesAsync(reply, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, "Not a question asked at any time."),
    };
}
