using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Rectification.Bot.Security;

namespace Rectification.Bot.Api;

/// <summary>
/// Open in Development, like the rest of the bot; in Production the ledger is only readable with one of the
/// configured API keys (and the bot does not start without one, see <see cref="ApiKeyOptionsValidator"/>).
/// </summary>
internal sealed class ApiKeyFilter(IOptions<ApiKeyOptions> keys, SecurityPolicy security) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!security.LedgerApiNeedsKey || IsKnownKey(context.HttpContext.Request.Headers[ApiKeyOptions.HeaderName]))
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
        return keys.Value.UsableKeys.Any(k => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k), presentedBytes));
    }
}
