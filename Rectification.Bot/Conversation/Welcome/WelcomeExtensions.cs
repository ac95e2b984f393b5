namespace Rectification.Bot.Conversation.Welcome;

public static class WelcomeExtensions
{
    /// <summary>What a conversation does when the bot joins it: welcome once.</summary>
    public static WebApplicationBuilder AddWelcome(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<WelcomeTurnHandler>();
        return builder;
    }
}
