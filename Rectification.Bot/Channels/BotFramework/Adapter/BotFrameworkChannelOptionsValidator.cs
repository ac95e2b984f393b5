using Microsoft.Extensions.Options;
using Rectification.Bot.Channels.BotFramework.Transcripts;
using Rectification.Bot.Hosting;

namespace Rectification.Bot.Channels.BotFramework.Adapter;

/// <summary>
/// A blank tenant in the allow-list (an environment variable left empty) would admit no tenant at all; a transcript
/// folder that is not a path fails at the first message instead of at start-up.
/// </summary>
internal sealed class BotFrameworkChannelOptionsValidator : IValidateOptions<BotFrameworkChannelOptions>, IValidateOptions<TranscriptOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new OptionsProblems(BotFrameworkChannelOptions.Section);
        for (var index = 0; index < options.AllowedTenants.Count; index++)
        {
            problems.Require(!string.IsNullOrWhiteSpace(options.AllowedTenants[index]), $"{nameof(options.AllowedTenants)}:{index}",
                "is empty: give an Entra tenant id, or remove the entry (an empty list admits every tenant)");
        }

        return problems.Result();
    }

    public ValidateOptionsResult Validate(string? name, TranscriptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OptionsProblems(TranscriptOptions.Section)
            .Require(!options.IsEnabled || IsPath(options.Folder!), nameof(options.Folder),
                "is not a folder path: give a folder (absolute, or relative to the working directory), or leave it empty to turn transcripts off")
            .Result();
    }

    private static bool IsPath(string folder)
    {
        try
        {
            return Path.GetFullPath(folder).IndexOfAny(Path.GetInvalidPathChars()) < 0;
        }
        catch (Exception invalid) when (invalid is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }
}
