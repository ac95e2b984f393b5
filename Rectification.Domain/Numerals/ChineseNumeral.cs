namespace Rectification.Domain.Numerals;

/// <summary>
/// Reads a whole number written in Chinese numerals as documents and input methods write them: 十, 十四, 二十九, 两百,
/// 一百零五, 一万零五; the contracted tens 廿, 卅 and 卌 (廿九 is 29); traditional characters (貳, 參, 陸, 兩, 萬); the
/// financial forms (壹拾肆, 贰拾玖); or digits, ASCII or full-width (14, １４). Positional strings such as 二九, and
/// anything else the grammar cannot read whole, are refused rather than guessed: a numeral read in part would name
/// another number. One reader for the whole project: the announcement's 一是/二是 markers and what people type in chat.
/// </summary>
public static class ChineseNumeral
{
    private const string ZeroCharacters = "零〇";
    private const int Myriad = 10_000;

    // Each digit character with its value; 两 is the form of 2 used before units and when counting.
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5,
        ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
        ['壹'] = 1, ['贰'] = 2, ['叁'] = 3, ['肆'] = 4, ['伍'] = 5,
        ['陆'] = 6, ['柒'] = 7, ['捌'] = 8, ['玖'] = 9,
        ['兩'] = 2, ['貳'] = 2, ['參'] = 3, ['叄'] = 3, ['陸'] = 6,
    };

    // 廿, 卅 and 卌 are a digit and 十 in one character: 廿九 is 二十九.
    private static readonly Dictionary<char, int> ContractedTens = new()
    {
        ['廿'] = 20, ['卅'] = 30, ['卌'] = 40,
    };

    private const string MyriadCharacters = "万萬";

    private static readonly Dictionary<char, int> Units = new()
    {
        ['十'] = 10, ['拾'] = 10, ['百'] = 100, ['佰'] = 100, ['千'] = 1000, ['仟'] = 1000,
    };

    /// <summary>Every character that can be part of a numeral this class reads, for building patterns.</summary>
    public const string NumeralCharacters = "零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟廿卅卌兩貳參叄陸萬";

    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        return trimmed.All(IsDecimalDigit)
            ? TryParseDigits(trimmed, out value)
            : TryParseNumerals(trimmed, out value);
    }

    /// <summary>The value as written in the announcement's markers (十四是): 1–99 in plain numerals.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99);
        const string digits = "一二三四五六七八九";
        var tens = value / 10;
        var units = value % 10;
        var tensText = tens switch
        {
            0 => string.Empty,
            1 => "十",
            _ => $"{digits[tens - 1]}十",
        };
        return units == 0 ? tensText : tensText + digits[units - 1];
    }

    private static bool IsDecimalDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static bool TryParseDigits(string digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            var digit = c <= '9' ? c - '0' : c - '０';
            if (value > (int.MaxValue - digit) / 10)
            {
                return false; // too long to be any number a person means here
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static bool TryParseNumerals(string numerals, out int value)
    {
        value = 0;
        if (numerals.Length == 1 && ZeroCharacters.Contains(numerals[0], StringComparison.Ordinal))
        {
            return true;
        }

        var reader = new NumeralReader();
        foreach (var c in numerals)
        {
            if (!reader.Read(c))
            {
                return false;
            }
        }

        return reader.TryFinish(out value);
    }

    /// <summary>
    /// Left-to-right reader of the 千百十 grammar: a digit is held until its unit arrives; units must get smaller;
    /// 零 may only stand between a unit and a digit (一百零五); a leading 十 means 一十.
    /// </summary>
    private sealed class NumeralReader
    {
        private int _total;
        private int? _heldDigit;
        private int _lastUnit = int.MaxValue;
        private bool _zeroSeen;
        private bool _started;
        private bool _myriadSeen;

        public bool Read(char c)
        {
            var accepted = Digits.TryGetValue(c, out var digit) ? ReadDigit(digit)
                : Units.TryGetValue(c, out var unit) ? ReadUnit(unit)
                : ContractedTens.TryGetValue(c, out var tens) ? ReadContractedTens(tens)
                : MyriadCharacters.Contains(c, StringComparison.Ordinal) ? ReadMyriad()
                : ZeroCharacters.Contains(c, StringComparison.Ordinal) && ReadZero();
            _started = true;
            return accepted;
        }

        public bool TryFinish(out int value)
        {
            value = 0;
            if (_zeroSeen && _heldDigit is null)
            {
                return false; // 一百零: the zero promised a digit
            }

            // 一百五 is the spoken short form of 一百五十: a bare last digit takes the unit below the last one.
            var abbreviated = !_zeroSeen && _lastUnit is >= 100 and < int.MaxValue;
            value = _total + ((_heldDigit ?? 0) * (abbreviated ? _lastUnit / 10 : 1));
            return true;
        }

        private bool ReadDigit(int digit)
        {
            if (_heldDigit is not null)
            {
                return false; // 二九: two digits without a unit between them
            }

            _heldDigit = digit;
            return true;
        }

        private bool ReadUnit(int unit)
        {
            var multiplier = _heldDigit ?? (unit == 10 && !_started ? 1 : 0);
            if (unit >= _lastUnit || multiplier == 0)
            {
                return false; // 十十, 百十, 一百零十
            }

            _total += multiplier * unit;
            _heldDigit = null;
            _lastUnit = unit;
            _zeroSeen = false;
            return true;
        }

        private bool ReadContractedTens(int tens)
        {
            if (_heldDigit is not null || _lastUnit <= 10)
            {
                return false; // 二廿, 十廿, 廿廿
            }

            _total += tens;
            _lastUnit = 10;
            _zeroSeen = false;
            return true;
        }

        /// <summary>万 multiplies everything before it (一千二百万); it may come once, and smaller units follow.</summary>
        private bool ReadMyriad()
        {
            var section = _total + (_heldDigit ?? 0);
            if (_myriadSeen || section == 0 || (_zeroSeen && _heldDigit is null))
            {
                return false; // 万, 一万万, 一百零万
            }

            _total = section * Myriad;
            _heldDigit = null;
            _lastUnit = Myriad;
            _myriadSeen = true;
            _zeroSeen = false;
            return true;
        }

        private bool ReadZero()
        {
            if (_heldDigit is not null || _lastUnit == int.MaxValue || _zeroSeen)
            {
                return false; // a zero only fills a skipped place after a unit
            }

            _zeroSeen = true;
            return true;
        }
    }
}
