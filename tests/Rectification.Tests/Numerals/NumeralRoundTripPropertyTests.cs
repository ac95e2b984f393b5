using CsCheck;
using Rectification.Domain.Numerals;

namespace Rectification.Tests.Numerals;

/// <summary>
/// Numbers round-trip: whatever number is written, in any of the ways people and documents write it, the readers
/// read back that number; and no text makes a reader throw.
/// </summary>
public sealed class NumeralRoundTripPropertyTests
{
    [Fact]
    public void AnyNumberWrittenInChineseNumeralsInAnyStyleReadsBackAsItself()
    {
        Gen.Select(Gen.Int[0, 99_999_999], Gen.OneOf(ChineseStyle.All)).Sample((n, style) =>
        {
            var written = NumeralWriters.Chinese(n, style);
            Assert.True(ChineseNumeral.TryParse(written, out var read), $"{n} written {written} was not read.");
            Assert.Equal(n, read);
        }, iter: 5000);
    }

    [Fact]
    public void AnyNumberWrittenInDigitsReadsBackAsItself()
    {
        Gen.Int[0, int.MaxValue].Sample(n =>
        {
            Assert.True(ChineseNumeral.TryParse(NumeralWriters.FullWidthDigits(n), out var fullWidth));
            Assert.True(ChineseNumeral.TryParse(n.ToString(System.Globalization.CultureInfo.InvariantCulture), out var ascii));
            Assert.Equal((n, n), (fullWidth, ascii));
        }, iter: 2000);
    }

    [Fact]
    public void AnyNumberWrittenInEnglishWordsReadsBackAsItself()
    {
        Gen.Select(Gen.Int[0, 999_999], Gen.Bool, Gen.Bool, Gen.Bool).Sample((n, and, hyphen, ordinal) =>
        {
            var written = NumeralWriters.English(n, and, hyphen, ordinal);
            Assert.True(EnglishNumeral.TryParse(written, out var read), $"{n} written \"{written}\" was not read.");
            Assert.Equal(n, read);
        }, iter: 5000);
    }

    [Fact]
    public void ADigitRightAfterAnotherDigitIsNeverReadAsAnyNumber()
    {
        // 二九, 十四三, 一百零五六: a positional run is refused rather than read in part as another number.
        Gen.Select(Gen.Int[1, 9], Gen.Int[1, 99_999], Gen.OneOf(ChineseStyle.All)).Sample((digit, n, style) =>
        {
            var written = NumeralWriters.Chinese(n, style);
            if (style.Digits.Contains(written[^1], StringComparison.Ordinal))
            {
                var run = written + style.Digits[digit - 1];
                Assert.False(ChineseNumeral.TryParse(run, out var read), $"{run} was read as {read}.");
            }
        }, iter: 3000);
    }

    [Fact]
    public void NoTextMakesAReaderThrow()
    {
        var numeralish = Gen.Char[ChineseNumeral.NumeralCharacters + "0123456789０１２ 　-x项第"];
        Gen.OneOf(Gen.String, Gen.String[numeralish, 0, 12], Gen.String[Gen.Char[' ', '\uFFFF'], 0, 20]).Sample(text =>
        {
            ChineseNumeral.TryParse(text, out _);
            EnglishNumeral.TryParse(text, out _);
        }, iter: 5000);
    }
}
