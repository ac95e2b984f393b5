using System.Collections.Concurrent;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// Keeps track of turns still running after their request was acknowledged, so stopping the bot waits for
/// them (within the host's shutdown timeout) instead of cutting answers off mid-send.
/// </summary>
internal sealed class BackgroundTurns : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    public CancellationToken Stopping => _stopping.Token;

    public Task Track(Task turn)
    {
        _running.TryAdd(turn, 0);
        turn.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        return turn;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await _stopping.CancelAsync();
        }
    }

    public void Dispose() => _stopping.Dispose();
}
