using Rectification.Bot.Conversation.CardActions;

namespace Rectification.Bot.Conversation.Welcome;

public static class WelcomeExtensions
{
    /// <summary>What a conversation does when the bot joins it (welcome once) and when a card's Action.Execute is pressed.</summary>
    public static WebApplicationBuilder AddWelcomeAndCardActions(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<WelcomeTurnHandler>();
        builder.Services.AddScoped<AdaptiveCardActionHandler>();
        return builder;
    }
}
