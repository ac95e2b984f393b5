using Microsoft.Extensions.Options;
using Rectification.Domain.Supervision.Calendar;

namespace Rectification.Bot.Supervision;

/// <summary>Refuses to start with thresholds below zero or a calendar file that is missing or malformed, naming which.</summary>
internal sealed class SupervisionOptionsValidator(IHostEnvironment environment) : IValidateOptions<SupervisionOptions>
{
    public ValidateOptionsResult Validate(string? name, SupervisionOptions options)
    {
        if (options.FollowUpAnswerWithinWorkingDays < 0)
        {
            return ValidateOptionsResult.Fail("Supervision:FollowUpAnswerWithinWorkingDays must be 0 or more.");
        }

        if ((options.Thresholds().Problem() ?? options.FollowUps().Problem()) is { } problem)
        {
            return ValidateOptionsResult.Fail(problem);
        }

        try
        {
            OfficeCalendar.Load(options, environment.ContentRootPath);
            return ValidateOptionsResult.Success;
        }
        catch (Exception error) when (error is FileNotFoundException or CalendarFormatException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(error.Message);
        }
    }
}
