using System.Net;
using System.Text.Json;

namespace Rectification.Bot.Channels.BotFramework.Connector;

/// <summary>
/// Turns a non-success Connector answer into the exception the caller sees. Teams answers in two shapes:
/// the documented ErrorResponse <c>{"error":{"code","message"}}</c>, and for blocked writes also
/// <c>{"errorCode":209,"message":"{ \"subCode\": \"MessageWritesBlocked\", ... }"}</c> (a JSON string inside JSON).
/// </summary>
internal static class ConnectorErrorReader
{
    public const string CorrelationHeader = "X-Correlating-OperationId";
    private const string WritesBlockedSubCode = "MessageWritesBlocked";
    private const string BlockedByUserCode = "ConversationBlockedByUser";

    // Enough for every documented error body; a huge HTML error page is not worth reading whole.
    private const int MaxBodyChars = 8 * 1024;

    public static async Task<ConnectorException> ToExceptionAsync(
        HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var (code, message) = ParseError(body);
        var details = new ConnectorFailureDetails(
            response.StatusCode, code, message, CorrelationIdOf(response), ConnectorResilience.RetryAfterOf(response, time));
        return Classify(response.StatusCode, code, body) is { } reason
            ? new ConnectorPermanentFailureException(reason, details)
            : new ConnectorException(
                $"Connector answered HTTP {(int)response.StatusCode} {code} to {response.RequestMessage?.Method} " +
                $"{response.RequestMessage?.RequestUri?.AbsolutePath}.", details);
    }

    public static ConnectorFailureReason? Classify(HttpStatusCode status, string? code, string body) => status switch
    {
        HttpStatusCode.Forbidden when code == BlockedByUserCode
            || body.Contains(WritesBlockedSubCode, StringComparison.OrdinalIgnoreCase) => ConnectorFailureReason.WritesBlocked,
        HttpStatusCode.RequestEntityTooLarge => ConnectorFailureReason.MessageTooBig,
        _ => null,
    };

    public static string? CorrelationIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;

    /// <summary>error.code/error.message, else Teams' top-level message (its subCode becomes the code).</summary>
    public static (string? Code, string? Message) ParseError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (StringOf(error, "code"), StringOf(error, "message"));
            }

            var topMessage = StringOf(root, "message");
            return (SubCodeOf(topMessage), topMessage);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? SubCodeOf(string? nestedJson)
    {
        if (nestedJson is null || !nestedJson.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var nested = JsonDocument.Parse(nestedJson);
            return nested.RootElement.ValueKind == JsonValueKind.Object ? StringOf(nested.RootElement, "subCode") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return body.Length > MaxBodyChars ? body[..MaxBodyChars] : body;
    }
}
