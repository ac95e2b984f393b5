using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Conversation.Understanding.Rounds;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// "切换到第五轮巡察", "切换到市委第三巡察组对…的巡察", "把当前轮次设为2023年的巡察", "/round 2", "switch to round 2",
/// "use round 2": the round named after the verb (<see cref="RoundNames"/>). After a verb that is not only about
/// rounds (切换到, switch to), the words must say 巡察/轮/round, so "switch to English" is no round.
/// </summary>
public sealed partial class SwitchRoundRecognizer : IIntentRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public string Name => "switch round";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        if (RoundCommand().Match(utterance.Core) is { Success: true } command)
        {
            return RoundNames.Read(command.Groups["name"].Value, anyWords: true) is { } named ? new SwitchRoundIntent(named) : null;
        }

        return SwitchVerb().Match(utterance.Core) is { Success: true } verb && RoundNames.Read(verb.Groups["name"].Value) is { } round
            ? new SwitchRoundIntent(round)
            : null;
    }

    [GeneratedRegex(@"^/round\s+(?<name>.+)$|^(?:请|帮我)?(?:把)?(?:当前|本群|这里的?)?(?:巡察)?轮次(?:设为|设置为|改为|切换到|切换为|换成)\s*(?<name>.+)$|^(?:please\s+)?set\s+(?:the\s+)?(?:current\s+)?round\s+to\s+(?<name>.+)$", Options)]
    private static partial Regex RoundCommand();

    [GeneratedRegex(@"^(?:请|帮我)?(?:切换|转换|转|换|改)(?:到|至|为|成)\s*(?<name>.+)$|^(?:please\s+)?(?:switch|change|go|move)\s+(?:over\s+)?to\s+(?<name>.+)$|^(?:please\s+)?(?:use|choose|select)\s+(?<name>(?:the\s+)?(?:inspection\s+)?round\s+.+)$", Options)]
    private static partial Regex SwitchVerb();
}
