using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Rectification.Bot.Security.RateLimiting;

public static class RateLimitingExtensions
{
    /// <summary>The policy every message endpoint carries: requests per client address.</summary>
    public const string AddressPolicy = "message-endpoints-per-address";

    /// <summary>
    /// The limits (RateLimits, validated at start): per client address with the ASP.NET Core rate limiter on the
    /// message endpoints (429 with Retry-After), and per person in <see cref="MessageRateLimiter"/>.
    /// </summary>
    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        builder.Services.TryAddSingleton<MessageRateLimiter>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) =>
            {
                var settings = rejected.HttpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(settings.AddressWindow.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(AddressPolicy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.RequestsPerAddress,
                    Window = settings.AddressWindow,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return builder;
    }

    /// <summary>The rate limiter middleware; endpoints opt in with <see cref="RequireAddressRateLimit{TBuilder}"/>.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Puts a message endpoint under the per-address limit.</summary>
    public static TBuilder RequireAddressRateLimit<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.RequireRateLimiting(AddressPolicy);
}
