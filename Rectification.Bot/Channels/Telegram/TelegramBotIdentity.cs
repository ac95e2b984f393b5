using Telegram.Bot;
using Telegram.Bot.Types;

namespace Rectification.Bot.Channels.Telegram;

/// <summary>
/// Who the bot is on Telegram (getMe), asked once and kept: its username tells "/status@ThisBot" from a command for
/// another bot in a group. The same for every instance, so keeping it in memory cannot make two instances disagree.
/// </summary>
internal sealed class TelegramBotIdentity
{
    private readonly SemaphoreSlim _asking = new(1, 1);
    private User? _me;

    public async Task<User> GetAsync(ITelegramBotClient client, CancellationToken cancellationToken)
    {
        if (_me is { } known)
        {
            return known;
        }

        await _asking.WaitAsync(cancellationToken);
        try
        {
            return _me ??= await client.GetMe(cancellationToken);
        }
        finally
        {
            _asking.Release();
        }
    }
}
