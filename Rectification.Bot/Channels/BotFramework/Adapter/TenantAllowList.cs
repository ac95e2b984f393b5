using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.BotFramework.Schema;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>Settings of the Bot Framework channel itself (section <c>BotFramework</c>).</summary>
public sealed class BotFrameworkChannelOptions
{
    public const string Section = "BotFramework";

    /// <summary>
    /// Entra tenant ids whose activities are processed; empty means every tenant. With a list, activities from
    /// other tenants, or with no tenant at all (Emulator, Web Chat), are acknowledged but not processed.
    /// </summary>
    public List<string> AllowedTenants { get; set; } = [];
}

/// <summary>
/// The optional tenant allow-list. A valid channel token proves that Microsoft delivered the activity, not that it
/// came from the office's own tenant: anyone can install a Teams app whose id they learn. This keeps other tenants out.
/// </summary>
internal sealed class TenantAllowList(IOptions<BotFrameworkChannelOptions> options)
{
    public bool Admits(Activity activity)
    {
        var allowed = options.Value.AllowedTenants;
        if (allowed.Count == 0)
        {
            return true;
        }

        var tenantId = activity.Conversation?.TenantId;
        return tenantId is { Length: > 0 } && allowed.Contains(tenantId, StringComparer.OrdinalIgnoreCase);
    }
}
