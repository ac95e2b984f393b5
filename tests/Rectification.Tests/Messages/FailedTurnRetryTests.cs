using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Messages;

/// <summary>A turn that fails before the channel gets its answer must not make the channel's retry look like a duplicate.</summary>
public sealed class FailedTurnRetryTests : IDisposable
{
    private readonly FailingOnceFactory _factory = new();

    [Fact]
    public async Task TheRetryOfAnActivityWhoseTurnFailedIsProcessed()
    {
        using var client = _factory.CreateClient();
        var message = TestActivities.Message("第十四项进展如何");

        using var failed = await client.PostAsJsonAsync("/api/messages", message, ActivitySerializer.Options);
        using var retried = await client.PostAsJsonAsync("/api/messages", message, ActivitySerializer.Options);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(2, _factory.Bot.Turns);
        var replies = await retried.Content.ReadFromJsonAsync<ExpectedReplies>(ActivitySerializer.Options);
        Assert.Single(replies!.Activities);
    }

    public void Dispose() => _factory.Dispose();

    private sealed class FailingOnceFactory : BotApplicationFactory
    {
        public FailingOnceBot Bot { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IConversationBot>(Bot));
        }
    }

    /// <summary>Fails its first turn the way a broken database would, then answers.</summary>
    private sealed class FailingOnceBot : IConversationBot
    {
        private int _turns;

        public int Turns => _turns;

        public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _turns) == 1)
            {
                throw new InvalidOperationException("The database is briefly unavailable.");
            }

            await turn.SendAsync(new OutboundMessage { Text = "ok" }, cancellationToken);
        }
    }
}
