using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Transcripts;

/// <summary>
/// One <c>.transcript</c> file per conversation: an indented JSON array of activities, always whole. An entry is
/// appended by read-modify-write into a temporary file that then replaces the transcript (an atomic rename), under
/// a lock held twice: a semaphore for turns of this process, and an exclusive <c>.lock</c> file for other bot
/// instances on the same machine. A reader therefore sees the old or the new array, never half of one.
/// </summary>
public sealed class TranscriptFiles
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(20);
    private static readonly JsonSerializerOptions Indented = new(ActivitySerializer.Options) { WriteIndented = true };
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>
    /// The file name: a SHA-256 of channel and conversation id. Conversation ids hold characters no file system
    /// likes (Teams: <c>19:…@thread.tacv2;messageid=…</c>) and can be longer than a file name may be.
    /// </summary>
    public static string FileName(string channelId, string conversationId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(channelId + "\n" + conversationId));
        return $"{SafePrefix(channelId)}-{Convert.ToHexStringLower(hash)[..32]}.transcript";
    }

    /// <summary>The channel id in front, so a folder listing groups by channel; only when it is plainly safe.</summary>
    private static string SafePrefix(string channelId) =>
        channelId.Length is > 0 and <= 32 && channelId.All(char.IsAsciiLetterOrDigit) ? channelId.ToLowerInvariant() : "channel";

    public async Task AppendAsync(string folder, string channelId, string conversationId, Activity entry, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.GetFullPath(Path.Combine(folder, FileName(channelId, conversationId)));
        var gate = _locks.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var machineLock = await AcquireFileLockAsync(path + ".lock", cancellationToken);
            await RewriteWithAsync(path, entry, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task RewriteWithAsync(string path, Activity entry, CancellationToken cancellationToken)
    {
        var activities = File.Exists(path) ? ReadArray(await File.ReadAllTextAsync(path, cancellationToken)) : [];
        activities.Add(JsonSerializer.SerializeToNode(entry, ActivitySerializer.Options));
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temporary, activities.ToJsonString(Indented), new UTF8Encoding(false), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a transcript in either published form: a bare array, or an object with a "transcript" array.</summary>
    public static JsonArray ReadArray(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        var root = JsonNode.Parse(json);
        return root switch
        {
            JsonArray array => array,
            JsonObject { } wrapper when wrapper["transcript"] is JsonArray inner => (JsonArray)inner.DeepClone(),
            _ => [],
        };
    }

    private static async Task<FileStream> AcquireFileLockAsync(string lockPath, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(LockRetry, cancellationToken);
            }
        }
    }
}
