using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Storage;

/// <summary>Storing the conversation reference at every turn without writing at every turn.</summary>
public sealed class ConversationReferencesTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"references-{Guid.NewGuid():N}.db");
    private readonly TestDatabase _database;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    public ConversationReferencesTests()
    {
        _database = TestDatabase.For(_file, _file);
        using var db = NewContext();
        db.Database.Migrate();
    }

    [Fact]
    public async Task AnotherMessageInAnUnchangedConversationWritesNothing()
    {
        await SaveAsync(Reference("activity-1"));
        var first = await StoredAsync();
        _clock.Advance(TimeSpan.FromHours(1));

        await SaveAsync(Reference("activity-2"));

        Assert.Equal(first.UpdatedAtUtc, (await StoredAsync()).UpdatedAtUtc);
        Assert.DoesNotContain("activity-", (await StoredAsync()).ChannelData, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangedServiceUrlIsStoredAtOnce()
    {
        await SaveAsync(Reference("activity-1"));

        await SaveAsync(Reference("activity-2", serviceUrl: "https://smba.example/emea/"));

        Assert.Equal("https://smba.example/emea/", BotFrameworkConversations.Reference((await StoredAsync()).ToConversation()).ServiceUrl);
    }

    [Fact]
    public async Task AnUnchangedReferenceIsRefreshedAfterADayAndAMessageClearsARefusal()
    {
        await SaveAsync(Reference("activity-1"));
        await using (var db = NewContext())
        {
            await new ConversationReferences(db, new ConversationReferences.Seen(), _clock).RecordPermanentFailureAsync("msteams", "a:1", DeliveryFailure.WritesBlocked, "blocked", CancellationToken.None);
        }

        await SaveAsync(Reference("activity-2"));
        Assert.Null((await StoredAsync()).PermanentFailure);

        var refreshed = (await StoredAsync()).UpdatedAtUtc;
        _clock.Advance(ConversationReferenceRecord.RefreshAfter + TimeSpan.FromMinutes(1));
        await SaveAsync(Reference("activity-3"));
        Assert.True((await StoredAsync()).UpdatedAtUtc > refreshed);
    }

    public void Dispose()
    {
        _database.Drop();
        File.Delete(_file);
    }

    private static ConversationReference Reference(string activityId, string serviceUrl = "https://smba.example/amer/") => new()
    {
        ActivityId = activityId,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        User = new ChannelAccount { Id = "29:user" },
        Bot = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal", TenantId = "tenant" },
    };

    private async Task SaveAsync(ConversationReference reference)
    {
        await using var db = NewContext();
        var address = new ConversationAddress("botframework", "msteams", "a:1", IsPersonal: true);
        await new ConversationReferences(db, new ConversationReferences.Seen(), _clock).SaveAsync(BotFrameworkConversations.From(reference, address), CancellationToken.None);
    }

    private async Task<ConversationReferenceRecord> StoredAsync()
    {
        await using var db = NewContext();
        return await db.ConversationReferences.AsNoTracking().SingleAsync();
    }

    private BotStateDbContext NewContext() => _database.OpenBotState();
}
