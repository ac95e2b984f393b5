using Rectification.Bot.Hosting.Commands;

namespace Rectification.Tests.Hosting;

public sealed class HostArgumentsTests
{
    [Fact]
    public void AHostSettingWithItsValueAfterASpaceIsTheHostsAndServesTheBot()
    {
        var split = HostArguments.Split(["--urls", "http://127.0.0.1:5124"]);

        Assert.Equal(["--urls", "http://127.0.0.1:5124"], split.HostSettings);
        Assert.True(split.ServesTheBot);
    }

    [Fact]
    public void HostSettingsBeforeAVerbLeaveTheVerbAndItsOwnOptionsToTheCommand()
    {
        var split = HostArguments.Split(["--urls=http://127.0.0.1:5124", "--environment", "Production", "chat", "--user", "u1"]);

        Assert.Equal(["--urls=http://127.0.0.1:5124", "--environment", "Production"], split.HostSettings);
        Assert.Equal(["chat", "--user", "u1"], split.Command);
    }

    [Fact]
    public void AVerbAloneIsTheCommand()
    {
        var split = HostArguments.Split(["people", "list"]);

        Assert.Empty(split.HostSettings);
        Assert.Equal(["people", "list"], split.Command);
    }
}
