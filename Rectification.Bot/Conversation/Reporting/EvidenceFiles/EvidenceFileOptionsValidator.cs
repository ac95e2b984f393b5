using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Rectification.Bot.Hosting;

namespace Rectification.Bot.Conversation.Reporting.EvidenceFiles;

/// <summary>Refuses to start with a size limit below one byte or an allowed type that is not "type/subtype" (or "type/*").</summary>
internal sealed partial class EvidenceFileOptionsValidator : IValidateOptions<EvidenceFileOptions>
{
    public ValidateOptionsResult Validate(string? name, EvidenceFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var malformed = options.AllowedContentTypes.Where(t => !ContentTypePattern().IsMatch(t ?? string.Empty)).ToList();
        return new OptionsProblems(EvidenceFileOptions.Section)
            .Require(options.MaxBytes > 0, nameof(options.MaxBytes), "must be a number of bytes above 0, e.g. 20971520 for 20 MB")
            .Require(malformed.Count == 0, nameof(options.AllowedContentTypes),
                $"must hold content types such as application/pdf or image/*, not {string.Join(", ", malformed.Select(t => $"\"{t}\""))}")
            .Result();
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9!#$&^_.+-]*/([a-z0-9][a-z0-9!#$&^_.+-]*|\*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypePattern();
}
