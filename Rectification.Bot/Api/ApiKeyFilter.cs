using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.BotFramework;

namespace Rectification.Bot.Api;

/// <summary>
/// Open in local mode (no Microsoft App ID), like the rest of the bot; once the bot is deployed with an app
/// id, the ledger is only readable with one of the configured API keys.
/// </summary>
internal sealed class ApiKeyFilter(IOptions<ApiKeyOptions> keys, IOptions<BotFrameworkOptions> botFramework) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (botFramework.Value.IsLocalMode || IsKnownKey(context.HttpContext.Request.Headers[ApiKeyOptions.HeaderName]))
        {
            return await next(context);
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "API key required",
            detail: $"Send a valid key in the {ApiKeyOptions.HeaderName} header.");
    }

    private bool IsKnownKey(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var presentedBytes = Encoding.UTF8.GetBytes(presented);
        return keys.Value.Keys.Where(k => !string.IsNullOrEmpty(k))
            .Any(k => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k), presentedBytes));
    }
}
