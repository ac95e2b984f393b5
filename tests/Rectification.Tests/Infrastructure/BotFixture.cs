namespace Rectification.Tests.Infrastructure;

/// <summary>One running bot shared by the tests of a class (each class gets its own database).</summary>
public sealed class BotFixture : IDisposable
{
    public BotFixture()
    {
        Factory = new BotApplicationFactory();
        Factory.StartServer();
        Client = new BotClient(Factory.CreateClient());
    }

    public BotApplicationFactory Factory { get; }

    public BotClient Client { get; }

    public void Dispose() => Factory.Dispose();
}
