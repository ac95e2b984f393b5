using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using Rectification.Bot.Administration;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Hosting.Commands;
using Rectification.Bot.Hosting.Storage;
using Rectification.Domain.People;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>
    /// Weekly digests and reminders: Quartz (persistent store in the bot's database; clustered where the database allows it) triggers one job
    /// that enqueues what is due into the outbox and drains it; the `digest` command; `Scheduling:Enabled` = false
    /// keeps the scheduler from starting.
    /// </summary>
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateOnStart();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateOnStart();
        services.AddSingleton<SchedulingOptionsValidator>();
        services.AddSingleton<IValidateOptions<SchedulingOptions>>(provider => provider.GetRequiredService<SchedulingOptionsValidator>());
        services.AddSingleton<IValidateOptions<ReminderOptions>>(provider => provider.GetRequiredService<SchedulingOptionsValidator>());
        services.AddOptions<DigestSettings>().BindConfiguration(DigestSettings.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestSettings>, DigestSettingsValidator>());
        services.AddSingleton<SchedulerInstance>();
        services.AddScoped<DigestSource>();
        services.AddScoped<DigestAnswers>();
        services.AddScoped<DigestSupervisionSource>();
        services.AddScoped<Outbox>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<DigestScheduler>();
        services.AddScoped<ReminderScheduler>();
        services.AddScoped<PersonalConversations>();
        services.AddScoped<FollowUpScheduler>();
        services.TryAddSingleton(_ => CommandOutput.Console());
        services.AddScoped<IBotCommand, DigestCommand>();

        services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                DatabaseSettings.UseForScheduler(store, DatabaseSettings.EngineFrom(builder.Configuration));
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
            });
            quartz.AddJob<WeeklyMessagesJob>(job => job.WithIdentity(WeeklyMessagesJob.Key).StoreDurably());
            // Every minute, and once as soon as the scheduler starts: a digest missed while the bot was down goes out then.
            quartz.AddTrigger(trigger => trigger.ForJob(WeeklyMessagesJob.Key).WithIdentity("weekly-messages-cron", "rectification")
                .WithCronSchedule(builder.Configuration[$"{SchedulingOptions.Section}:{nameof(SchedulingOptions.Cron)}"] ?? new SchedulingOptions().Cron,
                    cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            quartz.AddTrigger(trigger => trigger.ForJob(WeeklyMessagesJob.Key).WithIdentity("weekly-messages-startup", "rectification")
                .StartNow().WithSimpleSchedule(simple => simple.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)));
            quartz.AddJob<HousekeepingJob>(job => job.WithIdentity(HousekeepingJob.Key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(HousekeepingJob.Key).WithIdentity("housekeeping-hourly", "rectification")
                .StartNow().WithSimpleSchedule(simple => simple.WithInterval(TimeSpan.FromHours(1)).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.AddHostedService<SchedulerHost>();
        return builder;
    }
}

/// <summary>Starts the Quartz scheduler with the bot, unless `Scheduling:Enabled` is false; stops it on shutdown.</summary>
internal sealed class SchedulerHost(ISchedulerFactory factory, IOptions<SchedulingOptions> options) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        _scheduler = await factory.GetScheduler(cancellationToken);
        await _scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is not null)
        {
            await _scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }
}
