using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation;

namespace Rectification.Bot.Channels.Console;

/// <summary>
/// A chat in a terminal, one message per line, against the same conversation and database as every other
/// channel. Works interactively and with piped input.
/// </summary>
public sealed class ConsoleChatSession(IServiceScopeFactory scopes)
{
    private static readonly string[] ExitWords = ["exit", "quit", "/exit", "/quit", "退出"];

    public async Task RunAsync(TextReader input, TextWriter output, ConsoleIdentity identity, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || ExitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return;
            }

            if (line.Trim().Length > 0)
            {
                await TakeTurnAsync(line, output, identity, cancellationToken);
            }
        }
    }

    private async Task TakeTurnAsync(string text, TextWriter output, ConsoleIdentity identity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var turn = new ConsoleTurnContext(MessageFrom(text, identity), output);
        await scope.ServiceProvider.GetRequiredService<IConversationBot>().OnTurnAsync(turn, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static InboundMessage MessageFrom(string text, ConsoleIdentity identity) => new()
    {
        Conversation = new ConversationAddress(ConsoleIdentity.ChannelId, ConsoleIdentity.ChannelId, identity.ConversationId, IsPersonal: true),
        From = new ChannelUser(identity.Realm, identity.UserId, identity.UserName),
        Id = Guid.NewGuid().ToString("N"),
        Locale = identity.Locale,
        Text = text,
    };
}
