namespace Rectification.Bot.Channels.BotFramework.Connector.Auth;

/// <summary>How the bot obtains the bearer token it sends to the Connector.</summary>
public enum OutboundAuthKind
{
    /// <summary>No app id configured (local/Emulator mode): requests carry no Authorization header.</summary>
    None,

    /// <summary>Client credentials (app id and secret) through MSAL: SingleTenant or MultiTenant.</summary>
    ClientSecret,

    /// <summary>User-assigned managed identity through MSAL; the app id is the identity's client id.</summary>
    ManagedIdentity,
}

/// <summary>
/// The outbound token settings resolved from the SDK's flat keys (<see cref="BotFrameworkOptions"/>), with the SDK's
/// defaults filled in. Kept apart from the options so the flat keys stay exactly what an SDK deployment has.
/// </summary>
public sealed record OutboundAuthSettings(
    OutboundAuthKind Kind,
    string? AppId,
    string? AppPassword,
    Uri? Authority,
    string Scope,
    bool ValidateAuthority)
{
    /// <summary>The managed-identity "resource": the scope without its <c>/.default</c>.</summary>
    public string Resource => Scope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal)
        ? Scope[..^DefaultScopeSuffix.Length]
        : Scope;

    private const string DefaultScopeSuffix = "/.default";

    /// <exception cref="InvalidOperationException">The settings contradict each other or miss a value.</exception>
    public static OutboundAuthSettings Resolve(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cloud = BotCloud.For(options.ChannelService);
        var configuredScope = NullIfBlank(options.ToChannelFromBotOAuthScope);
        if (options.IsLocalMode)
        {
            // No token is ever requested; the scope is only informative here.
            var informative = configuredScope ?? cloud.DefaultScope ?? BotCloud.Public.DefaultScope!;
            return new(OutboundAuthKind.None, null, null, null, ToDefaultScope(informative), options.ValidateAuthority);
        }

        var scope = ToDefaultScope(configuredScope ?? cloud.RequireScope());

        return ParseAppType(options) switch
        {
            BotAppType.UserAssignedMsi => new(OutboundAuthKind.ManagedIdentity, options.MicrosoftAppId, null, null, scope,
                options.ValidateAuthority),
            var type => new(OutboundAuthKind.ClientSecret, options.MicrosoftAppId, RequirePassword(options),
                ResolveAuthority(options, type, cloud), scope, options.ValidateAuthority),
        };
    }

    private static Uri ResolveAuthority(BotFrameworkOptions options, BotAppType type, BotCloud cloud)
    {
        var loginUrl = (NullIfBlank(options.ToChannelFromBotLoginUrl) ?? cloud.RequireDefaultLoginUrl()).TrimEnd('/');
        var tenant = NullIfBlank(options.MicrosoftAppTenantId);
        if (type == BotAppType.SingleTenant && tenant is null)
        {
            throw Misconfigured("MicrosoftAppType is SingleTenant, so MicrosoftAppTenantId is needed: set it to the Entra tenant id of the bot's app registration, or set MicrosoftAppType=MultiTenant.");
        }

        // As the SDK does: on a known cloud's login host a single-tenant bot asks its own tenant (whatever tenant the
        // login URL names); any other host (a private cloud, a test double) is used exactly as configured.
        var onCloudHost = cloud.LoginPrefix is { } prefix && loginUrl.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        var authority = type == BotAppType.SingleTenant && onCloudHost ? cloud.LoginPrefix + tenant : loginUrl;
        return Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri
            : throw Misconfigured($"the login authority '{authority}' is not an absolute https URL.");
    }

    private static BotAppType ParseAppType(BotFrameworkOptions options) => NullIfBlank(options.MicrosoftAppType) switch
    {
        // No type: an SDK deployment of that age was multi-tenant, unless it names its tenant.
        null => NullIfBlank(options.MicrosoftAppTenantId) is null ? BotAppType.MultiTenant : BotAppType.SingleTenant,
        var text => text.ToUpperInvariant() switch
        {
            "SINGLETENANT" => BotAppType.SingleTenant,
            "MULTITENANT" => BotAppType.MultiTenant,
            "USERASSIGNEDMSI" => BotAppType.UserAssignedMsi,
            _ => throw Misconfigured($"MicrosoftAppType '{text}' is not SingleTenant, MultiTenant or UserAssignedMSI: set one of those, or leave it out."),
        },
    };

    private static string RequirePassword(BotFrameworkOptions options) =>
        NullIfBlank(options.MicrosoftAppPassword) ?? throw Misconfigured(
            "MicrosoftAppId is set but MicrosoftAppPassword is not, so no reply could be sent: set MicrosoftAppPassword to the app registration's " +
            "client secret (e.g. the environment variable MicrosoftAppPassword=<secret>), or MicrosoftAppType=UserAssignedMSI for a managed identity.");

    private static string ToDefaultScope(string scope) =>
        scope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal) ? scope : scope.TrimEnd('/') + DefaultScopeSuffix;

    /// <summary>Never prints the secret, whoever logs these settings.</summary>
    public override string ToString() =>
        $"OutboundAuthSettings {{ Kind = {Kind}, AppId = {AppId}, Authority = {Authority}, Scope = {Scope}, " +
        $"ValidateAuthority = {ValidateAuthority}, AppPassword = {(AppPassword is null ? "none" : "***")} }}";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static InvalidOperationException Misconfigured(string problem) =>
        new($"Bot Framework outbound authentication is misconfigured: {problem}");

    private enum BotAppType
    {
        SingleTenant,
        MultiTenant,
        UserAssignedMsi,
    }
}
