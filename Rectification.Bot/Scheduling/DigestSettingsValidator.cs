using Microsoft.Extensions.Options;
using Rectification.Bot.Conversation.Digest;
using Rectification.Bot.Hosting;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Scheduling;

/// <summary>Refuses a default time zone the machine does not know and digest thresholds that make no sense.</summary>
internal sealed class DigestSettingsValidator : IValidateOptions<DigestSettings>
{
    public ValidateOptionsResult Validate(string? name, DigestSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new OptionsProblems(DigestSettings.Section);
        var content = options.Content;
        const string Content = nameof(DigestSettings.Content) + ":";
        return problems
            .Add(OfficeTimeZone.SettingProblem(problems.Key(nameof(options.DefaultTimeZone)), options.DefaultTimeZone))
            .Require(Enum.IsDefined(options.DefaultDay), nameof(options.DefaultDay), "must be a day of the week, e.g. Monday")
            .Require(content.StallDays >= 1, Content + nameof(content.StallDays), "must be 1 or more days")
            .Require(content.DueSoonDays >= 0, Content + nameof(content.DueSoonDays), "must be 0 or more days")
            .Require(content.MaxChangeLines >= 0, Content + nameof(content.MaxChangeLines), "must be 0 or more")
            .Require(content.MaxDeadlineLines >= 0, Content + nameof(content.MaxDeadlineLines), "must be 0 or more")
            .Require(content.MaxFindingLines >= 0, Content + nameof(content.MaxFindingLines), "must be 0 or more")
            .Require(content.TitleLength >= 2, Content + nameof(content.TitleLength), "must be 2 or more characters")
            .Result();
    }
}
