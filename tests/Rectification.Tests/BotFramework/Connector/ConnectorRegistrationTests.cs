using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.BotFramework;
using Rectification.Bot.Channels.BotFramework.Connector;
using Rectification.Bot.Channels.BotFramework.Connector.Auth;

namespace Rectification.Tests.BotFramework.Connector;

/// <summary>AddBotFrameworkConnector reads the SDK's flat keys at the configuration root and the Connector section.</summary>
public sealed class ConnectorRegistrationTests
{
    [Fact]
    public async Task Flat_root_keys_and_the_Connector_section_are_bound_even_when_another_part_binds_the_same_options()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "app-1",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "contoso-tid",
            ["Connector:Retry:MaxAttempts"] = "7",
        }).Build();
        var services = new ServiceCollection();
        services.AddOptions<BotFrameworkOptions>().Bind(configuration);

        services.AddBotFrameworkConnector(configuration);
        await using var provider = services.BuildServiceProvider();

        var auth = provider.GetRequiredService<OutboundAuthSettings>();
        Assert.Equal((OutboundAuthKind.ClientSecret, "app-1"), (auth.Kind, auth.AppId));
        Assert.Equal("https://login.microsoftonline.com/contoso-tid", auth.Authority!.AbsoluteUri);
        Assert.Equal(7, provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.Retry.MaxAttempts);
        Assert.Same(provider.GetRequiredService<IBotTokenProvider>(), provider.GetRequiredService<IBotTokenProvider>());
        Assert.NotNull(provider.GetRequiredService<IConnectorClient>());
    }
}
