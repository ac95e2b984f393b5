namespace Rectification.Domain.Numerals;

/// <summary>
/// Reads a whole number written in English words, cardinal or ordinal: fourteen, twenty-nine, twenty nine, one
/// hundred and five, two thousand and twenty-four, the fourteenth, twenty-ninth. Like <see cref="ChineseNumeral"/>
/// it reads a number whole or not at all: "twenty fourteen" or "five four" are refused rather than read in part.
/// </summary>
public static class EnglishNumeral
{
    private static readonly Dictionary<string, int> Ones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1000,
    };

    // The ordinal forms that are not the cardinal plus "th".
    private static readonly Dictionary<string, string> IrregularOrdinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = "one", ["second"] = "two", ["third"] = "three", ["fifth"] = "five", ["eighth"] = "eight",
        ["ninth"] = "nine", ["twelfth"] = "twelve",
    };

    /// <summary>
    /// A regex fragment for a run of number words (for the patterns that find a number in a sentence); what it
    /// finds is then read by <see cref="TryParse"/>, which may still refuse it.
    /// </summary>
    public const string WordRun =
        @"(" + Word + @")(([\s-]+|\s+and\s+)(" + Word + @"))*";

    private const string Word =
        "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
        "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|" +
        "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|" +
        "fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|" +
        "seventieth|eightieth|ninetieth|hundredth|thousandth";

    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        var words = (text ?? string.Empty).Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        words[^1] = AsCardinal(words[^1]);
        var reader = new WordReader();
        return words.All(reader.Read) && reader.TryFinish(out value);
    }

    /// <summary>"fourteenth" → "fourteen", "twentieth" → "twenty", "first" → "one"; a cardinal stays as it is.</summary>
    private static string AsCardinal(string word)
    {
        if (IrregularOrdinals.TryGetValue(word, out var cardinal))
        {
            return cardinal;
        }

        if (word.EndsWith("ieth", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^4] + "y";
        }

        return word.EndsWith("th", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;
    }

    /// <summary>
    /// Left to right: within each group below a thousand, at most one ones-word, after at most one tens-word, and
    /// "hundred" only after a ones-word; "and" only after hundred or thousand, before more words.
    /// </summary>
    private sealed class WordReader
    {
        private int _total;
        private int _group;
        private Part _last = Part.None;
        private bool _thousandSeen;

        private enum Part
        {
            None,
            Tens,
            Ones,
            Hundred,
            Thousand,
            And,
        }

        public bool Read(string word)
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return Advance(_last is Part.Hundred or Part.Thousand, Part.And);
            }

            if (Tens.TryGetValue(word, out var tens))
            {
                return Advance(_group % 100 == 0 && _last is not Part.Ones and not Part.Tens, Part.Tens, tens);
            }

            if (Ones.TryGetValue(word, out var ones))
            {
                var afterTens = _last == Part.Tens && ones is > 0 and < 10;
                return Advance(afterTens || (_group % 100 == 0 && _last is not Part.Ones and not Part.Tens), Part.Ones, ones);
            }

            if (Scales.TryGetValue(word, out var scale))
            {
                return scale == 100 ? ReadHundred() : ReadThousand();
            }

            return false;
        }

        public bool TryFinish(out int value)
        {
            value = _total + _group;
            return _last is not Part.None and not Part.And;
        }

        private bool ReadHundred()
        {
            if (_last != Part.Ones || _group is 0 or >= 10)
            {
                return false; // "hundred", "twenty hundred", "one hundred hundred"
            }

            _group *= 100;
            _last = Part.Hundred;
            return true;
        }

        private bool ReadThousand()
        {
            if (_thousandSeen || _group == 0 || _last == Part.And)
            {
                return false;
            }

            _total = _group * 1000;
            _group = 0;
            _thousandSeen = true;
            _last = Part.Thousand;
            return true;
        }

        private bool Advance(bool allowed, Part part, int add = 0)
        {
            if (!allowed)
            {
                return false;
            }

            if (add == 0 && part is Part.Ones && _last is not Part.None)
            {
                return false; // "zero" only alone
            }

            _group += add;
            _last = part;
            return true;
        }
    }
}
