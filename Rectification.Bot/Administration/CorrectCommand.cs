using System.Globalization;
using System.Text.RegularExpressions;
using Rectification.Domain.Findings;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Administration;

/// <summary>
/// `correct 14.3 --text "完成八成" [--percent 80] [--status in-progress]`: a new entry supersedes the latest one about
/// measure 3 of finding 14 (`correct 14 --next-step 1 …` a next step's, `correct 14 …` the finding's as a whole); both
/// are kept. Without --status or --percent only the text is corrected; --percent alone means in progress (100: completed).
/// </summary>
public sealed partial class CorrectCommand(IServiceScopeFactory scopes, CommandOutput output) : AdministrationCommand(scopes, output)
{
    public override string Name => "correct";

    public override string Usage =>
        "correct <finding>[.<measure>] [--next-step <n>] --text <what the entry should have said> [--status completed|in-progress|not-started] [--percent 0-100]";

    protected override async Task<int> RunAsync(IReadOnlyList<string> arguments, AdministrationService administration, CancellationToken cancellationToken)
    {
        var args = CommandArguments.Parse(arguments, ["next-step", "text", "status", "percent"], []);
        if (args.Positionals.Count != 1)
        {
            throw new UsageException(args.Positionals.Count == 0 ? "Name the entry: correct 14.3 …." : $"Unexpected argument '{args.Positionals[1]}'.");
        }

        var (number, measure) = Target(args.Positionals[0]);
        var nextStep = args.Optional("next-step") is { } step ? Ordinal("next-step", step) : (int?)null;
        if (measure is not null && nextStep is not null)
        {
            throw new UsageException("Correct a measure (14.3) or a next step (--next-step 1), not both.");
        }

        var text = args.Optional("text")?.Trim() is { Length: > 0 } given ? given : throw new UsageException("Say what the entry should have said: --text ….");
        if (text.Length > ProgressEntry.MaxDescriptionLength)
        {
            throw new UsageException($"--text is longer than {ProgressEntry.MaxDescriptionLength} characters.");
        }

        var corrected = Correction(args.Optional("status"), args.Optional("percent"));
        var outcome = await administration.CorrectLatestAsync(Operator, number, measure, nextStep, text, corrected, cancellationToken);
        switch (outcome)
        {
            case ProgressRecorded recorded:
                await Output.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Finding {number}: entry {recorded.Entry.SupersedesEntryId} corrected by entry {recorded.Entry.Id} (the old entry is kept, marked superseded); finding status {recorded.Finding.Status}."));
                return ExitCodes.Success;
            case FindingNotFound notFound:
                return await RefuseAsync(notFound.Numbers.Count == 0
                    ? $"There is no finding {number}: no findings are recorded yet."
                    : string.Create(CultureInfo.InvariantCulture, $"There is no finding {number}; findings are numbered {notFound.Numbers[0]}–{notFound.Numbers[^1]}."));
            case ProgressRuleBroken broken:
                return await RefuseAsync($"Nothing was corrected: {broken.Rule.Message}");
            default:
                return await RefuseAsync($"Nothing was corrected ({outcome.GetType().Name}); try again.");
        }
    }

    private static (int Number, int? Measure) Target(string value) => TargetPattern().Match(value) is { Success: true } match
        ? (CommandArguments.ParseFindingNumber(match.Groups["f"].Value), match.Groups["m"].Success ? Ordinal("measure", match.Groups["m"].Value) : null)
        : throw new UsageException($"'{value}' names no entry; write the finding (14) or the finding and measure (14.3).");

    private static int Ordinal(string what, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal) && ordinal >= 1
            ? ordinal
            : throw new UsageException($"'{value}' is not a {what} number.");

    private static MeasureCorrection? Correction(string? statusText, string? percentText)
    {
        int? percent = percentText is null ? null
            : int.TryParse(percentText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 100 ? p
            : throw new UsageException($"--percent '{percentText}' is not a whole number from 0 to 100.");
        MeasureStatus? status = statusText?.ToLowerInvariant() switch
        {
            null => percent is null ? null : percent == 100 ? MeasureStatus.Completed : MeasureStatus.InProgress,
            "completed" or "done" => MeasureStatus.Completed,
            "in-progress" => MeasureStatus.InProgress,
            "not-started" => MeasureStatus.NotStarted,
            _ => throw new UsageException($"--status '{statusText}' is not completed, in-progress or not-started."),
        };
        if (status is not { } known)
        {
            return null;
        }

        return MeasureProgressRules.Agree(known, percent)
            ? new MeasureCorrection(known, known == MeasureStatus.Completed ? 100 : percent)
            : throw new UsageException($"--percent {percent} does not go with --status {statusText}.");
    }

    [GeneratedRegex(@"^(?<f>\d+)(\.(?<m>\d+))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TargetPattern();
}
