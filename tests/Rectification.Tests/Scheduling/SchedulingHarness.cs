using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Conversation.Proactive;
using Rectification.Bot.Localization;
using Rectification.Bot.Scheduling;
using Rectification.Bot.Storage;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using Rectification.Domain.Reporting;
using Rectification.Domain.Storage;
using Rectification.Domain.Supervision;
using Rectification.Domain.Supervision.Calendar;
using Rectification.Tests.Infrastructure;
using Rectification.Tests.Reporting;

namespace Rectification.Tests.Scheduling;

/// <summary>
/// One database (this test run's engine) holding the ledger (the digest test ledger) and the bot state, a fake clock and a fake channel.
/// Each <see cref="Instance"/> is one bot process: its own contexts, its own lease owner.
/// </summary>
internal sealed class SchedulingHarness : IDisposable
{
    private readonly string _folder;
    private readonly TestDatabase _database;

    private SchedulingHarness(DateTimeOffset now)
    {
        _folder = Path.Combine(Path.GetTempPath(), "rectification-scheduling-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _database = TestDatabase.For(_folder, Path.Combine(_folder, "bot.db"), ";Pooling=False;Default Timeout=30");
        Clock = new FakeTimeProvider(now);
    }

    public FakeTimeProvider Clock { get; }

    public FakeChannel Channel { get; } = new();

    public SchedulingOptions Options { get; } = new() { FirstBackoff = TimeSpan.FromMinutes(1), MaxAttempts = 4 };

    public ReminderOptions Reminders { get; } = new();

    public List<string> Warnings { get; } = [];

    public static async Task<SchedulingHarness> CreateAsync(DateTimeOffset now)
    {
        var harness = new SchedulingHarness(now);
        await using (var ledger = harness.Ledger())
        {
            await ledger.Database.MigrateAsync();
            ledger.Inspections.Add(DigestLedger.Build()[0].Inspection!);
            await ledger.SaveChangesAsync();
        }

        await using var state = harness.State();
        await state.Database.MigrateAsync();
        return harness;
    }

    public LedgerDbContext Ledger() => _database.OpenLedger();

    public BotStateDbContext State() => _database.OpenBotState();

    public Instance NewInstance(string name) => new(this, name);

    /// <summary>A subscriber with a stored personal conversation on msteams.</summary>
    public async Task<DigestSubscription> SubscribeAsync(
        string userId, string timeZone = "Asia/Shanghai", DayOfWeek day = DayOfWeek.Monday, TimeOnly? time = null,
        Language language = Language.Chinese, DateTimeOffset? at = null)
    {
        await using var db = State();
        await StoreReferenceAsync(db, userId);
        var when = (at ?? Clock.GetUtcNow().AddDays(-30)).UtcDateTime;
        var subscription = new DigestSubscription("msteams", userId, when);
        subscription.Subscribe("conv-" + userId, userId, language, timeZone, day, time ?? new TimeOnly(9, 0), when);
        db.DigestSubscriptions.Add(subscription);
        await db.SaveChangesAsync();
        return subscription;
    }

    public async Task StoreReferenceAsync(BotStateDbContext db, string userId)
    {
        var address = new ConversationAddress("botframework", "msteams", "conv-" + userId, IsPersonal: true);
        await new ConversationReferences(db, new ConversationReferences.Seen(), Clock).SaveAsync(
            new StoredConversation(address, userId, null, userId, null, """{"serviceUrl":"https://smba.example/"}"""), CancellationToken.None);
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = State();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public void Dispose()
    {
        _database.Drop();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>One bot process: fresh contexts per call, as a Quartz job run would have.</summary>
    internal sealed class Instance(SchedulingHarness harness, string name)
    {
        private readonly SchedulerInstance _id = new(name);

        public async Task<int> EnqueueDigestsAsync(bool ignoreTime = false)
        {
            await using var ledger = harness.Ledger();
            await using var state = harness.State();
            var scheduler = new DigestScheduler(state, new DigestSource(ledger, new LedgerQueries(ledger, new LedgerSnapshots()), new SupervisionLadder(WorkingCalendarFile.Bundled, SupervisionThresholds.Default)),
                new DigestSupervisionSource(ledger, new SupervisionLadder(WorkingCalendarFile.Bundled, SupervisionThresholds.Default)),
                new PeopleDirectory(ledger, new LedgerQueries(ledger, new LedgerSnapshots())), new Outbox(state, harness.Clock),
                harness.Clock, Microsoft.Extensions.Options.Options.Create(new DigestSettings()), NullLogger<DigestScheduler>.Instance);
            return await scheduler.EnqueueDueAsync(ignoreTime, CancellationToken.None);
        }

        public async Task<int> EnqueueRemindersAsync()
        {
            await using var ledger = harness.Ledger();
            await using var state = harness.State();
            var scheduler = new ReminderScheduler(new PersonalConversations(state), new DigestSource(ledger, new LedgerQueries(ledger, new LedgerSnapshots()), new SupervisionLadder(WorkingCalendarFile.Bundled, SupervisionThresholds.Default)), new PeopleDirectory(ledger, new LedgerQueries(ledger, new LedgerSnapshots())),
                new SupervisionLadder(WorkingCalendarFile.Bundled, SupervisionThresholds.Default), new SupervisionRecorder(ledger),
                new Outbox(state, harness.Clock), harness.Clock, Microsoft.Extensions.Options.Options.Create(harness.Reminders),
                Microsoft.Extensions.Options.Options.Create(new DigestSettings()), NullLogger<ReminderScheduler>.Instance);
            return await scheduler.EnqueueDueAsync(ignoreTime: false, CancellationToken.None);
        }

        public async Task<DeliveryResult> DeliverAsync(CancellationToken cancellationToken = default)
        {
            await using var state = harness.State();
            var delivery = new OutboxDelivery(
                new Outbox(state, harness.Clock), new ChannelRegistry([harness.Channel]), state,
                _id, harness.Clock, Microsoft.Extensions.Options.Options.Create(harness.Options), new ListLogger<OutboxDelivery>(harness.Warnings));
            return await delivery.DeliverDueAsync(cancellationToken);
        }
    }
}

/// <summary>A proactive channel that records what it was asked to send, and can be told to fail or to stall.</summary>
internal sealed class FakeChannel : IMessageChannel
{
    public ConcurrentQueue<(StoredConversation To, OutboundMessage Message)> Sent { get; } = new();

    /// <summary>Failures to throw, one per send, before sends succeed again.</summary>
    public ConcurrentQueue<ProactiveFailure> Failures { get; } = new();

    /// <summary>Called while a send is under way at the channel, with the send's cancellation (a slow channel).</summary>
    public Func<CancellationToken, Task>? DuringSend { get; set; }

    /// <summary>Called after a send succeeded at the channel, before the bot hears back (a crash can be simulated here).</summary>
    public Func<Task>? AfterSend { get; set; }

    public string Name => "botframework";

    public ChannelCapabilities Capabilities { get; } = new(null, PersonalChats: true, Proactive: true, EditsMessages: false, MaxMessageLength: 4096);

    public async Task<string?> SendAsync(StoredConversation to, OutboundMessage message, CancellationToken cancellationToken)
    {
        if (Failures.TryDequeue(out var failure))
        {
            throw new ProactiveDeliveryException(failure, $"fake {failure}");
        }

        if (DuringSend is { } during)
        {
            await during(cancellationToken);
        }

        Sent.Enqueue((to, message));
        if (AfterSend is { } after)
        {
            await after();
        }

        return "activity-" + Sent.Count;
    }

    public Task<StoredConversation> OpenPersonalConversationAsync(StoredConversation known, CancellationToken cancellationToken) =>
        Task.FromResult(known);
}

internal sealed class ListLogger<T>(List<string> warnings) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Warning)
        {
            lock (warnings)
            {
                warnings.Add(formatter(state, exception));
            }
        }
    }
}
