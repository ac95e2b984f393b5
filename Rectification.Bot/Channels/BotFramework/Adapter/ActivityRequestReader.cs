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

        var body = await ReadLimitedAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return ActivityReadResult.TooLarge();
        }

        return Parse(body);
    }

    private static ActivityReadResult Parse(byte[] body)
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

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

internal sealed record ActivityReadResult(Activity? Activity, int ErrorStatus, string? Error)
{
    public static ActivityReadResult Read(Activity activity) => new(activity, 0, null);

    public static ActivityReadResult Invalid(string error) => new(null, StatusCodes.Status400BadRequest, error);

    public static ActivityReadResult TooLarge() => new(
        null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {ActivityRequestReader.MaxBodyBytes} bytes.");
}
