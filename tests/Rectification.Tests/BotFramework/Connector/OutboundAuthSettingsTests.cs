using Rectification.Bot.Channels.BotFramework;
using Rectification.Bot.Channels.BotFramework.Connector.Auth;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>The SDK's flat keys resolve to the authority, scope and kind of token the SDK would use.</summary>
public sealed class OutboundAuthSettingsTests
{
    private const string AppId = "app-1";

    [Fact]
    public void Single_tenant_asks_its_own_tenant_for_the_Bot_Framework_scope()
    {
        var settings = OutboundAuthSettings.Resolve(Options("SingleTenant", tenant: "contoso-tid"));

        Assert.Equal(OutboundAuthKind.ClientSecret, settings.Kind);
        Assert.Equal("https://login.microsoftonline.com/contoso-tid", settings.Authority!.AbsoluteUri);
        Assert.Equal("https://api.botframework.com/.default", settings.Scope);
        Assert.Equal(("app-1", "secret"), (settings.AppId, settings.AppPassword));
    }

    [Fact]
    public void Multi_tenant_asks_the_botframework_com_tenant()
    {
        var settings = OutboundAuthSettings.Resolve(Options("MultiTenant", tenant: "ignored-tid"));

        Assert.Equal("https://login.microsoftonline.com/botframework.com", settings.Authority!.AbsoluteUri);
    }

    [Theory]
    [InlineData(null, "https://login.microsoftonline.com/botframework.com")]
    [InlineData("contoso-tid", "https://login.microsoftonline.com/contoso-tid")]
    public void Without_an_app_type_a_tenant_id_means_single_tenant_and_none_means_the_SDKs_multi_tenant(
        string? tenant, string expectedAuthority)
    {
        var settings = OutboundAuthSettings.Resolve(Options(appType: null, tenant: tenant));

        Assert.Equal(expectedAuthority, settings.Authority!.AbsoluteUri);
    }

    [Fact]
    public void A_login_url_on_another_host_is_used_exactly_as_configured()
    {
        var options = Options("SingleTenant", tenant: "contoso-tid");
        options.ToChannelFromBotLoginUrl = "https://login.private.example/private-tenant/";

        var settings = OutboundAuthSettings.Resolve(options);

        Assert.Equal("https://login.private.example/private-tenant", settings.Authority!.AbsoluteUri);
    }

    [Fact]
    public void A_login_url_on_the_public_host_still_uses_the_single_tenant_bots_tenant()
    {
        var options = Options("SingleTenant", tenant: "contoso-tid");
        options.ToChannelFromBotLoginUrl = "https://login.microsoftonline.com/botframework.com";

        var settings = OutboundAuthSettings.Resolve(options);

        Assert.Equal("https://login.microsoftonline.com/contoso-tid", settings.Authority!.AbsoluteUri);
    }

    [Theory]
    [InlineData("MultiTenant", null, "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us")]
    [InlineData("SingleTenant", "gov-tid", "https://login.microsoftonline.us/gov-tid")]
    public void The_US_Government_channel_service_switches_login_host_and_scope(string appType, string? tenant, string expectedAuthority)
    {
        var options = Options(appType, tenant);
        options.ChannelService = "https://botframework.azure.us/";

        var settings = OutboundAuthSettings.Resolve(options);

        Assert.Equal(expectedAuthority, settings.Authority!.AbsoluteUri);
        Assert.Equal("https://api.botframework.us/.default", settings.Scope);
    }

    [Theory]
    [InlineData("https://api.example/bots", "https://api.example/bots/.default")]
    [InlineData("https://api.example/bots/.default", "https://api.example/bots/.default")]
    public void A_configured_scope_gets_slash_default_once(string configured, string expected)
    {
        var options = Options("MultiTenant");
        options.ToChannelFromBotOAuthScope = configured;

        Assert.Equal(expected, OutboundAuthSettings.Resolve(options).Scope);
    }

    [Fact]
    public void User_assigned_managed_identity_needs_no_secret_and_asks_for_the_resource()
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = "mi-client-id", MicrosoftAppType = "UserAssignedMSI" };

        var settings = OutboundAuthSettings.Resolve(options);

        Assert.Equal(OutboundAuthKind.ManagedIdentity, settings.Kind);
        Assert.Equal(("mi-client-id", "https://api.botframework.com"), (settings.AppId, settings.Resource));
    }

    [Fact]
    public void No_app_id_is_local_mode_without_a_token()
    {
        var settings = OutboundAuthSettings.Resolve(new BotFrameworkOptions { MicrosoftAppPassword = "left over" });

        Assert.Equal(OutboundAuthKind.None, settings.Kind);
        Assert.Null(settings.Authority);
    }

    [Fact]
    public void Printed_settings_never_show_the_secret()
    {
        var printed = OutboundAuthSettings.Resolve(Options("MultiTenant")).ToString();

        Assert.DoesNotContain("secret", printed, StringComparison.Ordinal);
        Assert.Contains("AppId = app-1", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("singletenant")]
    [InlineData("SINGLETENANT")]
    public void The_app_type_is_read_case_insensitively(string appType)
    {
        Assert.Equal(
            "https://login.microsoftonline.com/contoso-tid",
            OutboundAuthSettings.Resolve(Options(appType, tenant: "contoso-tid")).Authority!.AbsoluteUri);
    }

    [Fact]
    public void ValidateAuthority_is_carried_over()
    {
        var options = Options("MultiTenant");
        options.ValidateAuthority = false;

        Assert.False(OutboundAuthSettings.Resolve(options).ValidateAuthority);
    }

    [Theory]
    [InlineData("SingleTenant", null, "secret", null, "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", null, null, null, "MicrosoftAppPassword")]
    [InlineData("Sometimes", null, "secret", null, "Sometimes")]
    [InlineData("1", null, "secret", null, "MicrosoftAppType")]
    [InlineData("MultiTenant", null, "secret", "https://botframework.private.example", "ToChannelFromBotOAuthScope")]
    public void Contradictory_or_missing_settings_fail_with_a_message_naming_the_key(
        string appType, string? tenant, string? password, string? channelService, string namedInMessage)
    {
        var options = Options(appType, tenant);
        options.MicrosoftAppPassword = password;
        options.ChannelService = channelService;

        var failure = Assert.Throws<InvalidOperationException>(() => OutboundAuthSettings.Resolve(options));

        Assert.Contains(namedInMessage, failure.Message, StringComparison.Ordinal);
    }

    private static BotFrameworkOptions Options(string? appType, string? tenant = null) => new()
    {
        MicrosoftAppId = AppId,
        MicrosoftAppPassword = "secret",
        MicrosoftAppTenantId = tenant,
        MicrosoftAppType = appType,
    };
}
