using Rectification.Bot.Hosting.Commands;

namespace Rectification.Bot.Channels.Console;

/// <summary>`chat [--user ID] [--name NAME] [--locale TAG]`: talk to the bot in this terminal.</summary>
internal sealed class ChatCommand(ConsoleChatSession session) : IBotCommand
{
    public string Name => "chat";

    public string Usage => "chat [--user <id>] [--name <name>] [--locale zh-CN|en-US]   chat with the bot in this terminal (piped input: one message per line)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (!ConsoleArguments.TryParse(arguments, out var options, out var problem))
        {
            await System.Console.Error.WriteLineAsync($"{problem}{Environment.NewLine}Usage: {Usage}");
            return 2;
        }

        var identity = ConsoleIdentity.CurrentUser(options.GetValueOrDefault("locale"));
        identity = identity with
        {
            UserId = options.GetValueOrDefault("user") ?? identity.UserId,
            UserName = options.GetValueOrDefault("name") ?? identity.UserName,
        };
        if (!System.Console.IsInputRedirected)
        {
            System.Console.WriteLine("巡察整改助手 · Rectification Bot — 输入问题，例如“第十四项进展如何”或“help”；输入 exit 退出。");
        }

        await session.RunAsync(System.Console.In, System.Console.Out, identity, cancellationToken);
        return 0;
    }
}
