using System.Collections.Concurrent;

namespace Rectification.Domain.Storage;

/// <summary>
/// What this process stored (or found stored) lately, so that a per-message "store it if it changed" can skip the
/// read while the row is known to be current. Only ever a shortcut around a read: the database stays the truth, an
/// entry older than <paramref name="window"/> is checked again, and another instance at worst repeats a write.
/// </summary>
/// <param name="capacity">Bounds the memory: when full it starts over, which costs one read per key.</param>
public class RecentlyStored<TKey, TValue>(TimeSpan window, int capacity = 50_000)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTime StoredAtUtc)> entries = new();

    public bool IsCurrent(TKey key, TValue value, DateTime nowUtc) =>
        entries.TryGetValue(key, out var entry)
        && EqualityComparer<TValue>.Default.Equals(entry.Value, value)
        && nowUtc - entry.StoredAtUtc < window;

    public void Remember(TKey key, TValue value, DateTime storedAtUtc)
    {
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        entries[key] = (value, storedAtUtc);
    }

    public void Forget(TKey key) => entries.TryRemove(key, out _);
}
