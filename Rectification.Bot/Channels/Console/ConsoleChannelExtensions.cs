using Rectification.Bot.Hosting.Commands;

namespace Rectification.Bot.Channels.Console;

public static class ConsoleChannelExtensions
{
    public static WebApplicationBuilder AddConsoleChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConsoleChatSession>();
        builder.Services.AddScoped<IBotCommand, ChatCommand>();
        return builder;
    }
}
