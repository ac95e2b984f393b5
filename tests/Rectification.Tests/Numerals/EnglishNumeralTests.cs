using Rectification.Domain.Numerals;

namespace Rectification.Tests.Numerals;

public class EnglishNumeralTests
{
    [Theory]
    [InlineData("zero", 0)]
    [InlineData("one", 1)]
    [InlineData("Fourteen", 14)]
    [InlineData("twenty", 20)]
    [InlineData("twenty-nine", 29)]
    [InlineData("twenty nine", 29)]
    [InlineData("one hundred", 100)]
    [InlineData("one hundred and five", 105)]
    [InlineData("one hundred twenty-nine", 129)]
    [InlineData("two thousand and twenty-four", 2024)]
    [InlineData("first", 1)]
    [InlineData("twelfth", 12)]
    [InlineData("fourteenth", 14)]
    [InlineData("twentieth", 20)]
    [InlineData("twenty-ninth", 29)]
    [InlineData("one hundredth", 100)]
    public void ReadsCardinalAndOrdinalWords(string words, int expected)
    {
        Assert.True(EnglishNumeral.TryParse(words, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("twenty fourteen")]
    [InlineData("five four")]
    [InlineData("hundred")]
    [InlineData("and five")]
    [InlineData("one hundred and")]
    [InlineData("twenty zero")]
    [InlineData("one zero")]
    [InlineData("ten hundred")]
    [InlineData("first second")]
    [InlineData("fourteen items")]
    [InlineData("14")]
    public void RefusesWordsThatAreNotOneWholeNumber(string? words)
    {
        Assert.False(EnglishNumeral.TryParse(words, out _));
    }
}
