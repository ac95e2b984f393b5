using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Channels.Telegram.Rendering;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Scheduling;
using Rectification.Bot.Storage;
using Rectification.Domain.People;
using Rectification.Domain.Storage;
using Rectification.Tests.Fakes;

namespace Rectification.Tests.Telegram;

/// <summary>Telegram as the outbox and the channel registry reach it: digests, long answers, blocked chats.</summary>
public sealed class TelegramDeliveryTests(TelegramBotHost host) : IClassFixture<TelegramBotHost>
{
    [Fact]
    public async Task ADigestReachesATelegramSubscriberThroughTheOutbox()
    {
        var chat = host.NewChat();
        await using (var people = host.Factory.Services.CreateAsyncScope())
        {
            // Digests go to leaders; the Telegram user is one (identified by their Telegram id).
            var ledger = people.ServiceProvider.GetRequiredService<LedgerDbContext>();
            ledger.People.Add(new Person(chat.Key, new ChannelIdentity(IdentityRealm.Telegram, chat.Key), "李明", PersonRole.Leader, null, DateTime.UtcNow));
            await ledger.SaveChangesAsync();
        }

        Assert.Contains("订阅", TelegramChat.Only(await chat.SayAsync("/subscribe")).Text, StringComparison.Ordinal);
        var before = host.Api.CallsOf("sendMessage").Count;

        using (var scope = host.Factory.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<DigestScheduler>().EnqueueDueAsync(ignoreTime: true, CancellationToken.None) >= 1);
            var delivered = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().DeliverDueAsync(CancellationToken.None);
            Assert.True(delivered.Sent >= 1);
        }

        var digest = Assert.Single(host.Api.CallsOf("sendMessage").Skip(before), c => c.ChatId == chat.Key);
        Assert.Contains("周报", digest.Text, StringComparison.Ordinal);
        Assert.StartsWith("<b>", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATenThousandCharacterMessageArrivesInPartsUnderTheLimitWithTheButtonsOnTheLast()
    {
        var chat = host.NewChat();
        await chat.SayAsync("/help");
        var stored = await StoredAsync(chat);
        var text = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"第{i}段 " + new string('字', 245)));
        Assert.True(text.Length >= 10_000);
        var before = host.Api.Calls.Count;

        await Registry().SendAsync(stored, new OutboundMessage { Text = text, Suggestions = [new Suggestion("帮助", "帮助")] }, CancellationToken.None);

        var parts = host.Api.Calls.Skip(before).Where(c => c.Method == "sendMessage").ToList();
        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Text!.Length <= TelegramMessageSplitter.MaxLength));
        Assert.All(parts, p => Assert.StartsWith("第", p.Text, StringComparison.Ordinal));
        Assert.Equal(text, string.Join("\n\n", parts.Select(p => p.Text)));
        Assert.Empty(parts[0].Keyboard);
        Assert.Empty(parts[1].Keyboard);
        Assert.Equal("帮助", Assert.Single(Assert.Single(parts[2].Keyboard))["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task A403MarksTheConversationAndEndsTheSendAsBlocked()
    {
        var chat = host.NewChat();
        await chat.SayAsync("/help");
        var stored = await StoredAsync(chat);
        host.Api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user");

        var refused = await Assert.ThrowsAsync<ProactiveDeliveryException>(() =>
            Registry().SendAsync(stored, new OutboundMessage { Text = "提醒" }, CancellationToken.None));

        Assert.Equal(ProactiveFailure.Blocked, refused.Failure);
        Assert.Equal(DeliveryFailure.WritesBlocked, (await RecordAsync(chat))?.PermanentFailure);
    }

    [Fact]
    public async Task BlockingTheBotMarksTheConversationAndWritingAgainClearsTheMark()
    {
        var chat = host.NewChat();
        await chat.SayAsync("/help");

        var blocked = await host.DeliverAsync(FakeTelegramUpdates.MyChatMember(host.NextUpdateId(), chat.ChatId, "private", "member", "kicked"));

        Assert.Empty(blocked);
        Assert.Equal(DeliveryFailure.WritesBlocked, (await RecordAsync(chat))?.PermanentFailure);
        await chat.SayAsync("/help");
        Assert.Null((await RecordAsync(chat))?.PermanentFailure);
    }

    [Fact]
    public async Task AddingTheBotToAGroupGreetsTheGroupOnce()
    {
        const long group = -100300400;

        var added = await host.DeliverAsync(FakeTelegramUpdates.MyChatMember(host.NextUpdateId(), group, "supergroup", "left", "member"));
        var again = await host.DeliverAsync(FakeTelegramUpdates.MyChatMember(host.NextUpdateId(), group, "supergroup", "left", "member"));

        var greeting = Assert.Single(TelegramChat.Messages(added));
        Assert.Equal("-100300400", greeting.ChatId);
        Assert.Equal(TelegramHtml.Escape(Rectification.Bot.Localization.Texts.Chinese.WelcomeTeamIntroduction), greeting.Text);
        Assert.Empty(again);
    }

    [Fact]
    public async Task ButtonDataOverSixtyFourBytesIsKeptInTheDatabaseAndReadBackByItsKey()
    {
        var data = Rectification.Bot.Cards.CardSubmitData.TypedText(new string('长', 40)).ToJson();
        using var scope = host.Factory.Services.CreateScope();
        var callbacks = scope.ServiceProvider.GetRequiredService<TelegramCallbackData>();

        var keyboard = await callbacks.KeyboardAsync([[new TelegramButton("长", Data: data)]], CancellationToken.None);
        var callbackData = keyboard!.InlineKeyboard.Single().Single().CallbackData!;

        Assert.StartsWith("#", callbackData, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(callbackData) <= CallbackData.MaxBytes);
        using var other = host.Factory.Services.CreateScope();
        var read = await other.ServiceProvider.GetRequiredService<TelegramCallbackData>().DecodeAsync(callbackData, CancellationToken.None);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(data, read));
    }

    private ChannelRegistry Registry() => host.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<ChannelRegistry>();

    private async Task<ConversationReferenceRecord?> RecordAsync(TelegramChat chat)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BotStateDbContext>().ConversationReferences.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ChannelId == "telegram" && r.ConversationId == chat.Key);
    }

    private async Task<StoredConversation> StoredAsync(TelegramChat chat) =>
        (await RecordAsync(chat) ?? throw new InvalidOperationException("The chat was not stored.")).ToConversation();
}
