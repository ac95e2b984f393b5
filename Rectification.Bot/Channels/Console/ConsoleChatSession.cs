using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation;

namespace Rectification.Bot.Channels.Console;

/// <summary>
/// A chat in a terminal, one message per line, against the same conversation and database as every other
/// channel. Works interactively and with piped input.
/// </summary>
public sealed class ConsoleChatSession(IServiceScopeFactory scopes, TimeProvider clock)
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

    private Activity MessageFrom(string text, ConsoleIdentity identity) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ChannelId = ConsoleIdentity.ChannelId,
        From = new ChannelAccount { Id = identity.UserId, Name = identity.UserName, Role = "user" },
        Recipient = new ChannelAccount { Id = "rectification-bot", Name = "Rectification Bot", Role = "bot" },
        Conversation = new ConversationAccount { Id = identity.ConversationId, ConversationType = "personal" },
        Locale = identity.Locale,
        Text = text,
    };
}
