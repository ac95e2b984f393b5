using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation;
using Rectification.Bot.Conversation.Messages;

namespace Rectification.Bot.Channels.BotFramework.Invokes;

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
/// or later (see <see cref="Cards.ExecuteActions"/>); display cards stay 1.2 and use Action.Submit.
/// </para>
/// </summary>
internal sealed class AdaptiveCardActionHandler(IConversationBot bot)
{
    public const string InvokeName = "adaptiveCard/action";

    /// <summary>Whether the data of the invoke is a press this handler answers; an error response when it is not.</summary>
    public static (InboundMessage? Press, InvokeResponse? Refusal) Read(Activity invoke)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        var read = ExecuteInvoke.Read(invoke.Value);
        return read.Error is { } error
            ? (null, CardActionResponses.Error(error))
            : (BotFrameworkInbound.Message(invoke, read.Data!), null);
    }

    /// <summary>
    /// Runs the press (<paramref name="turn"/>'s inbound message, from <see cref="Read"/>) and answers the invoke;
    /// answers beyond the first go through <paramref name="turn"/>.
    /// </summary>
    public async Task<InvokeResponse> HandleAsync(Activity invoke, ITurnContext turn, CancellationToken cancellationToken)
    {
        var press = new CapturingTurnContext(turn);
        await bot.OnTurnAsync(press, cancellationToken);
        var answers = press.Captured.Select(m => (Message: m, Wire: BotFrameworkOutbound.Reply(invoke, m))).ToList();

        // The first card goes into the invoke response; without a card, the first text does. The rest is sent.
        var main = answers.FirstOrDefault(a => CardActionResponses.HasCard(a.Wire));
        if (main.Wire is null)
        {
            main = answers.FirstOrDefault(a => !string.IsNullOrEmpty(a.Wire.Text));
        }

        foreach (var other in answers.Where(a => !ReferenceEquals(a.Wire, main.Wire)))
        {
            await turn.SendAsync(other.Message, cancellationToken);
        }

        return CardActionResponses.From(main.Wire);
    }
}
