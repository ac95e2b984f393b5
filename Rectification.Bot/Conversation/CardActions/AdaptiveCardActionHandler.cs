using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Conversation.CardActions;

/// <summary>
/// Universal Actions (brief 4.6): an <c>adaptiveCard/action</c> invoke, sent when someone presses an
/// <c>Action.Execute</c>, is answered like the <c>Action.Submit</c> fallback of the same button. Its <c>data</c>
/// (with the <c>verb</c> as <c>intent</c> when the data names none) becomes the value of a message turn that runs
/// through the normal pipeline; the first card that turn answers with replaces the pressed card for the presser,
/// and any other answers are sent as ordinary messages.
/// <para>
/// Contract for cards and dialogs: a form that wants its card refreshed after a press simply answers the submitted
/// data with a card (first among its answers). Nothing here needs to know the form; a form pressed through the
/// Submit fallback gets the same card as a new message instead. Action.Execute belongs only in cards declaring 1.4
/// or later (see <see cref="ExecuteActions"/>); display cards stay 1.2 and use Action.Submit.
/// </para>
/// </summary>
internal sealed class AdaptiveCardActionHandler(IServiceProvider services)
{
    public const string InvokeName = "adaptiveCard/action";

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var read = ExecuteInvoke.Read(turn.Activity.Value);
        if (read.Error is { } error)
        {
            turn.InvokeResponse = CardActionResponses.Error(error);
            return;
        }

        var submitted = new CapturingTurnContext(ExecuteInvoke.AsSubmitMessage(turn.Activity, read.Data!), turn);
        // The same route a message takes (dialogs included), resolved late: the bot itself depends on this handler.
        await services.GetRequiredService<IConversationBot>().OnTurnAsync(submitted, cancellationToken);
        turn.InvokeResponse = await AnswerAsync(turn, submitted.Captured, cancellationToken);
    }

    /// <summary>The first card goes into the invoke response; without a card, the first text does. The rest is sent.</summary>
    private static async Task<InvokeResponse> AnswerAsync(ITurnContext turn, IReadOnlyList<Activity> answers, CancellationToken cancellationToken)
    {
        var main = answers.FirstOrDefault(CardActionResponses.HasCard) ?? answers.FirstOrDefault(a => !string.IsNullOrEmpty(a.Text));
        foreach (var other in answers.Where(a => !ReferenceEquals(a, main)))
        {
            await turn.SendAsync(other, cancellationToken);
        }

        return CardActionResponses.From(main);
    }
}
