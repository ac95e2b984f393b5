using System.Buffers;
using System.Text.Json;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>Reads an inbound activity from an HTTP body, refusing what is too big or not an activity.</summary>
internal static class ActivityRequestReader
{
    /// <summary>
    /// Far above any real activity (Teams caps a whole message at 100 KB of UTF-16), low enough that a
    /// hostile body cannot tie up memory.
    /// </summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return ActivityReadResult.TooLarge();
        }

        // Read into a pooled buffer and parsed from there: an activity is read on every message, and neither the
        // read buffer nor a copy of the body outlives the parse.
        using var body = new PooledBody();
        if (!await body.ReadLimitedAsync(request.Body, cancellationToken))
        {
            return ActivityReadResult.TooLarge();
        }

        return Parse(body.Written);
    }

    private static ActivityReadResult Parse(ReadOnlySpan<byte> body)
    {
        if (body.Length == 0)
        {
            return ActivityReadResult.Invalid("The request body is empty; an activity (JSON object) was expected.");
        }

        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, ActivitySerializer.Options);
            if (activity is null)
            {
                return ActivityReadResult.Invalid("The request body is JSON null; an activity was expected.");
            }

            return string.IsNullOrWhiteSpace(activity.Type)
                ? ActivityReadResult.Invalid("The activity has no 'type'.")
                : ActivityReadResult.Read(activity);
        }
        catch (JsonException error)
        {
            var where = error.Path is null ? string.Empty : $" at {error.Path}";
            return ActivityReadResult.Invalid($"The request body is not a valid activity{where}: {FirstSentence(error.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

/// <summary>The request body in an array rented from the shared pool, grown as it is read, returned on dispose.</summary>
internal sealed class PooledBody : IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int length;

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>False when the body is longer than <see cref="ActivityRequestReader.MaxBodyBytes"/>.</summary>
    public async Task<bool> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > ActivityRequestReader.MaxBodyBytes)
            {
                return false;
            }

            if (length == buffer.Length)
            {
                Grow();
            }
        }

        return true;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    private void Grow()
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}

internal sealed record ActivityReadResult(Activity? Activity, int ErrorStatus, string? Error)
{
    public static ActivityReadResult Read(Activity activity) => new(activity, 0, null);

    public static ActivityReadResult Invalid(string error) => new(null, StatusCodes.Status400BadRequest, error);

    public static ActivityReadResult TooLarge() => new(
        null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {ActivityRequestReader.MaxBodyBytes} bytes.");
}
