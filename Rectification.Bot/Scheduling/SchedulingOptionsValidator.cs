using Microsoft.Extensions.Options;
using Quartz;
using Rectification.Bot.Hosting;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Scheduling;

/// <summary>Refuses to start with a cron expression Quartz cannot read, or outbox and reminder settings that cannot work.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>, IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OptionsProblems(SchedulingOptions.Section)
            .Require(IsCron(options.Cron), nameof(options.Cron), "is not a Quartz cron expression (seconds first, e.g. \"0 * * * * ?\" for every minute)")
            .Require(options.MaxAttempts >= 1, nameof(options.MaxAttempts), "must be 1 or more")
            .Require(options.FirstBackoff > TimeSpan.Zero, nameof(options.FirstBackoff), "must be a positive time span, e.g. 00:01:00")
            .Require(options.MaxBackoff >= options.FirstBackoff, nameof(options.MaxBackoff), "must be at least Scheduling:FirstBackoff")
            .Require(options.Lease > TimeSpan.Zero, nameof(options.Lease), "must be a positive time span, e.g. 00:02:00")
            .Require(options.SendGraceOnStop >= TimeSpan.Zero, nameof(options.SendGraceOnStop), "must be 0 or a positive time span")
            .Require(options.BatchSize >= 1, nameof(options.BatchSize), "must be 1 or more")
            .Result();
    }

    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new OptionsProblems(ReminderOptions.Section);
        return problems
            .Require(options.DueWithinDays >= 0, nameof(options.DueWithinDays), "must be 0 or more working days")
            .Require(options.StallDays is null or >= 1, nameof(options.StallDays), "must be 1 or more days, or left out")
            .Add(OfficeTimeZone.SettingProblem(problems.Key(nameof(options.TimeZone)), options.TimeZone))
            .Result();
    }

    private static bool IsCron(string? expression)
    {
        try
        {
            _ = new CronExpression(expression ?? string.Empty);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
