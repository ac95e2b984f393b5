using Rectification.Bot.Cards.Model;

namespace Rectification.Bot.Cards;

/// <summary>
/// Buttons for forms that declare card version 1.4 or later (the reporting form): an Action.Execute whose verb is the
/// intent, falling back to an Action.Submit with the same data on hosts without Universal Actions (Web Chat, older
/// clients). Both arrive at the same message turn, so a form handles them once. Never put these in 1.2 display
/// cards: the version guard refuses them, and Teams mobile would not render the card.
/// </summary>
public static class ExecuteActions
{
    public static ExecuteAction Button(string title, CardSubmitData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ExecuteAction
        {
            Title = title,
            Verb = data.Intent,
            Data = data.ToJson(),
            Fallback = ActionFallback.To(new SubmitAction { Title = title, Data = data.ToJson() }),
        };
    }
}
