using Rectification.Domain.Progress;
using System.Text;
using System.Text.RegularExpressions;
using Rectification.Domain.Findings;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Understanding.Progress;

/// <summary>
/// Reads the status and percentage a text states (<see cref="ProgressStatement"/>). The text is cut into clauses at
/// punctuation (and at spaces beside Chinese or digits); a clause made only of status words, percentages and filler
/// (目前, 已经, now, about…) is a statement and leaves the text, any other clause is description and stays as written.
/// So "10月份又办了两场路演，完成了" states done, while "已完成班子组建" is a description: Chinese has no spaces to tell
/// "done" from "the team-forming step is done", and the bot must not guess. Within one clause a done word with a
/// percentage below 100 is partial progress (完成80%, 已完成60%: "60% done").
/// </summary>
public static partial class ProgressStatementReader
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Numeral = "[0-9" + ChineseNumeral.NumeralCharacters + "]{1,6}";

    // The separators a removed clause may leave at either end of what is kept.
    private static readonly char[] Dangling = [' ', ',', '，', ';', '；', '、', ':', '：', '-', '—'];

    /// <summary>What <paramref name="text"/> states, anywhere in it, clause by clause.</summary>
    public static ProgressStatement Read(string? text)
    {
        var original = text ?? string.Empty;
        var clauses = StatementClauses.Split(Fold(original));
        var found = new List<ClauseReading>();
        var kept = new StringBuilder();
        var keptOnlyFiller = true;
        var isCorrection = false;
        foreach (var clause in clauses)
        {
            var reading = clause.IsLink ? null : ReadClause(clause.Text);
            if (reading is null || reading.IsOnlyFiller)
            {
                keptOnlyFiller &= reading is not null || clause.Text.Trim().Length == 0;
                kept.Append(original, clause.Start, clause.Length).Append(original, clause.Start + clause.Length, clause.SeparatorLength);
                continue;
            }

            isCorrection |= reading.IsCorrection;
            if (reading.States)
            {
                found.Add(reading);
            }
        }

        // Filler beside a statement ("about | 80 percent complete") is part of it; filler alone is what was written.
        var rest = found.Count > 0 && keptOnlyFiller ? string.Empty : Tidy(kept.ToString());
        return Combine(found, rest, isCorrection);
    }

    /// <summary>
    /// An answer to "what is its status?": the whole answer must be a statement, and a bare number is a
    /// percentage (60, 百分之六十). Anything else is not understood (a null status, no problem), to be asked again.
    /// </summary>
    public static ProgressStatement ReadAnswer(string? text)
    {
        var folded = Fold(text ?? string.Empty).Trim().TrimEnd('.', '。', '!', '！');
        if (BareNumber().Match(folded) is { Success: true } bare)
        {
            return Combine([new ClauseReading([], [ReadPercent(bare.Groups["n"].Value)], false, false)], string.Empty, false);
        }

        var statement = Read(text);
        return statement.IsOnlyStatement ? statement : ProgressStatement.Empty with { Rest = statement.Rest };
    }

    /// <summary>Full-width ASCII (６０％, ，) folded one character for one, so positions stay those of the original.</summary>
    internal static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            };
        }
    });

    private static ProgressStatement Combine(List<ClauseReading> readings, string rest, bool isCorrection)
    {
        var statuses = readings.SelectMany(r => r.ClauseStatuses()).Distinct().ToList();
        var percents = readings.SelectMany(r => r.Percents).Distinct().ToList();
        ProgressStatement Problem(ProgressStatementProblem problem) => new(null, null, rest, problem, isCorrection);
        if (percents.Exists(p => p is null or > 100))
        {
            return Problem(ProgressStatementProblem.PercentOutOfRange);
        }

        if (percents.Count > 1)
        {
            return Problem(ProgressStatementProblem.TwoPercentages);
        }

        if (statuses.Count > 1)
        {
            return Problem(ProgressStatementProblem.Contradictory);
        }

        var percent = percents.Count == 1 ? percents[0] : null;
        MeasureStatus? status = statuses.Count == 1 ? statuses[0] : percent switch
        {
            null => null,
            100 => MeasureStatus.Completed,
            0 => MeasureStatus.NotStarted,
            _ => MeasureStatus.InProgress,
        };
        return status is { } stated && !MeasureProgressRules.Agree(stated, percent)
            ? Problem(ProgressStatementProblem.Contradictory)
            : new ProgressStatement(status, status == MeasureStatus.Completed ? 100 : percent, rest, ProgressStatementProblem.None, isCorrection);
    }

    /// <summary>The clause as tokens, or null when some part of it is not a statement word (then it is description).</summary>
    private static ClauseReading? ReadClause(string clause)
    {
        var statuses = new List<MeasureStatus>();
        var percents = new List<int?>();
        var correction = false;
        var position = 0;
        while (position < clause.Length)
        {
            if (char.IsWhiteSpace(clause[position]))
            {
                position++;
                continue;
            }

            var token = Token().Match(clause, position);
            if (!token.Success)
            {
                return null;
            }

            Collect(token, statuses, percents);
            correction |= token.Groups["correction"].Success;
            position = token.Index + token.Length;
        }

        return new ClauseReading(statuses, percents, correction, statuses.Count == 0 && percents.Count == 0 && !correction);
    }

    /// <summary>What one token of a clause says: a status, a percentage, or both (完成一半 is in progress at 50%).</summary>
    private static void Collect(Match token, List<MeasureStatus> statuses, List<int?> percents)
    {
        if (token.Groups["notdone"].Success || token.Groups["progress"].Success)
        {
            statuses.Add(MeasureStatus.InProgress);
        }
        else if (token.Groups["notstarted"].Success)
        {
            statuses.Add(MeasureStatus.NotStarted);
        }
        else if (token.Groups["done"].Success)
        {
            statuses.Add(MeasureStatus.Completed);
        }
        else if (token.Groups["half"].Success)
        {
            statuses.Add(MeasureStatus.InProgress);
            percents.Add(50);
        }
        else if (token.Groups["p"].Success)
        {
            percents.Add(ReadPercent(token.Groups["p"].Value));
        }
    }

    private static int? ReadPercent(string digits)
    {
        var whole = digits.Split('.')[0];
        return ChineseNumeral.TryParse(whole, out var value) ? value : null;
    }

    private static string Tidy(string kept)
    {
        var text = RepeatedSeparators().Replace(kept, m => m.Value[..1]);
        return text.Trim().Trim(Dangling).Trim();
    }

    /// <summary>One statement clause: what it says, and whether it was only filler or a correction.</summary>
    private sealed record ClauseReading(List<MeasureStatus> Statuses, List<int?> Percents, bool IsCorrection, bool IsOnlyFiller)
    {
        public bool States => Statuses.Count > 0 || Percents.Count > 0;

        /// <summary>In one clause, "done" with a percentage under 100 is partial progress (完成80%, "80% done"), and "0% done" is not started.</summary>
        public IEnumerable<MeasureStatus> ClauseStatuses() =>
            Statuses.Contains(MeasureStatus.Completed) && Percents.Count == 1 && Percents[0] < 100
                ? Statuses.Select(s => s != MeasureStatus.Completed ? s : Percents[0] == 0 ? MeasureStatus.NotStarted : MeasureStatus.InProgress)
                : Statuses;
    }

    [GeneratedRegex(@"^(?<n>" + Numeral + @")\s*%?$", Options)]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"[\s,，;；、]{2,}")]
    private static partial Regex RepeatedSeparators();

    // Alternatives are tried in order at the current position, so each negated form stands before the word it
    // contains (没完成 before 完成, "not done" before "done"), and English words end at a word boundary.
    [GeneratedRegex(
        @"\G(" +
        @"(?<notstarted>(还|尚|暂|仍)?(没有|没|未)(有)?(开始|启动|动工|着手)|not\s+(yet\s+)?(been\s+)?(started|begun)(\s+yet)?\b|ha(ve|s)n'?t\s+(yet\s+)?(started|begun)(\s+yet)?\b|yet\s+to\s+(start|begin)\b)" +
        @"|(?<notdone>(还|仍|尚)?(没有|没|未)(能)?(全部|完全|彻底)?(完成|做完|办完|办结|完工|完结|到位|落实到位|整改到位)|not\s+(yet\s+)?(fully\s+|quite\s+|all\s+)?(done|complete|completed|finished)(\s+yet)?\b|(is|are|was)n'?t\s+(fully\s+|quite\s+)?(done|complete|completed|finished)(\s+yet)?\b|not\s+yet\b|incomplete\b|unfinished\b)" +
        @"|(?<half>完成(了)?(一半|过半)|(half|halfway)(\s+(done|complete|completed|finished|through))?\b)" +
        @"|(?<progress>(正在|仍在|还在|持续|有序|稳步|积极|扎实)?(推进|进行|办理|整改|落实|实施)中|(正在|仍在|还在|持续|积极)(推进|进行|办理|整改|落实|实施|做|办)|在办|在做|在推进|(已经|已)?(启动|开始)(了)?|部分完成|基本完成|大部分完成|大部完成|初步完成|完成(了)?(一部分|部分|大部分)|(still\s+)?in\s+progress\b|(still\s+)?ongoing\b|under\s*way\b|(already\s+)?started\b|(still\s+)?working\s+on\s+it\b|(partly|partially|mostly|nearly|almost|largely)\s+(done|complete|completed|finished)\b)" +
        @"|(?<done>(已经|已|均已|都已|均|都|全部|全都|全面|圆满|顺利|基本上)*(完成|做完|办完|办结|完工|完结|完毕|落实到位|整改到位|整改完毕|办理完毕|结束)(了|啦)?|搞定(了)?|(all\s+|fully\s+|now\s+|already\s+)?(done|completed|complete|finished|accomplished|wrapped\s+up)\b)" +
        @"|(?<p>\d{1,4}(\.\d+)?)\s*(%|percent\b|per\s+cent\b|pct\b)|百分之(?<p>" + Numeral + @")" +
        @"|(?<correction>不对|错了|说错了|搞错了|弄错了|应该是|应为|改成|改为|更正(一下)?|其实|抱歉|不好意思|哦|噢|sorry\b|oops\b|actually\b|wait\b|correction\b|i\s+mean\b|my\s+mistake\b)" +
        @"|(还是|仍然|依然|依旧|没有?变化|无变化|未变|不变|没变|目前|现在|当前|截至目前|截止目前|目前为止|已经|该项|此项|这项|本项|该条|这条|本条|这一条|这一项|该措施|此措施|这个措施|这条措施|措施|工作|任务|整改|进度|完成度|完成率|进展|状态|约|大约|大概|左右|达到|达|到|为|是|了|啦|的|呢|啊|吧|now\b|it'?s\b|it\s+is\b|is\b|at\b|about\b|around\b|approximately\b|roughly\b|already\b|so\s+far\b|yet\b|the\b|measure\b|status\b|progress\b|currently\b|we'?re\b|we\s+are\b|all\b|just\b|has\s+been\b|have\s+been\b|been\b|percent\s+complete\b|still\b|unchanged\b|no\s+change\b)" +
        @")", Options)]
    private static partial Regex Token();
}
