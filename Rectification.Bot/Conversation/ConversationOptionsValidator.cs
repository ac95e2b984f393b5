using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Conversation;

/// <summary>Refuses to start with an office time zone this machine does not know (it would quietly become Asia/Shanghai).</summary>
internal sealed class ConversationOptionsValidator : IValidateOptions<ConversationOptions>
{
    public ValidateOptionsResult Validate(string? name, ConversationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new OptionsProblems(ConversationOptions.Section);
        return problems.Add(OfficeTimeZone.SettingProblem(problems.Key(nameof(options.TimeZone)), options.TimeZone)).Result();
    }
}
