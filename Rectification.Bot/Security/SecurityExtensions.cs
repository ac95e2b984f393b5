using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Rectification.Bot.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// The security mode (Security:Mode, validated at start) and the <see cref="SecurityPolicy"/> it implies, which
    /// the API, the reporting rules and the channels read. Comes before the parts that read it.
    /// </summary>
    public static WebApplicationBuilder AddSecurityMode(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>());
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecurityOptions>, ExposureValidator>());
        builder.Services.TryAddSingleton(provider => SecurityPolicy.From(provider.GetRequiredService<IOptions<SecurityOptions>>()));
        return builder;
    }
}
