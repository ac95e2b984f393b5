using Microsoft.EntityFrameworkCore;

namespace Rectification.Bot.Storage;

/// <summary>
/// What the conversation layer remembers between turns (preferences, conversation references, dialog state,
/// processed activity ids). Kept in the database, never in memory, so several bot instances agree.
/// It shares the ledger's database but has its own migrations history.
/// </summary>
public sealed class BotStateDbContext(DbContextOptions<BotStateDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__BotStateMigrationsHistory";

    public DbSet<UserPreference> UserPreferences => Set<UserPreference>();

    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();

    public DbSet<ConversationReferenceRecord> ConversationReferences => Set<ConversationReferenceRecord>();

    public DbSet<DialogState> DialogStates => Set<DialogState>();

    public DbSet<DigestSubscription> DigestSubscriptions => Set<DigestSubscription>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ButtonData> ButtonData => Set<ButtonData>();

    public DbSet<KeptActivity> KeptActivities => Set<KeptActivity>();

    public DbSet<ConversationRound> ConversationRounds => Set<ConversationRound>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotStateDbContext).Assembly, t => t.Namespace == typeof(BotStateDbContext).Namespace + ".Configurations");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
