using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting;

namespace Rectification.Bot.Conversation.Dialogs;

/// <summary>Refuses to start with dialog settings that would end every dialog at once or never let a step go.</summary>
internal sealed class DialogOptionsValidator : IValidateOptions<DialogOptions>
{
    public ValidateOptionsResult Validate(string? name, DialogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OptionsProblems(DialogOptions.Section)
            .Require(options.ExpireAfter > TimeSpan.Zero, nameof(options.ExpireAfter), "must be a positive time span, e.g. 1.00:00:00 for a day")
            .Require(options.MaxRetries >= 0, nameof(options.MaxRetries), "must be 0 or more")
            .Require(options.StepLease > TimeSpan.Zero, nameof(options.StepLease), "must be a positive time span, e.g. 00:00:30")
            .Result();
    }
}
