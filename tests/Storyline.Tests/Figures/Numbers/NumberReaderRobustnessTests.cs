using Storyline.Figures.Numbers;

namespace Storyline.Tests.Figures.Numbers;

/// <summary>Absurd input never throws, never yields a non-finite value, and spans stay in range and in order.</summary>
public sealed class NumberReaderRobustnessTests
{
    public static TheoryData<string> Absurd() => new()
    {
        "",
        "1e400",
        "-1e400 and 1.1^99999",
        "99999999999999999999",
        new string('9', 100_000),
        string.Join('.', Enumerable.Repeat("1", 50_000)),
        string.Join(' ', Enumerable.Repeat("one", 20_000)),
        string.Join(" and ", Enumerable.Repeat("twenty", 10_000)),
        new string('x', 50_000) + "7",
        "dreihundert" + string.Concat(Enumerable.Repeat("und", 10_000)),
        "\0\u0001\uFFFF\uD800 ½ - . , ^ e 1/0 0/0 x10^ 1e 1^",
        "1/0 and 0/0 and -0",
    };

    [Theory]
    [MemberData(nameof(Absurd))]
    public void NeverThrowsAndStaysFiniteAndInRange(string text)
    {
        foreach (var language in new[] { "en", "fr", "de", "xx", "" })
        {
            var matches = NumberReader.For(language).Read(text);
            var end = 0;
            foreach (var m in matches)
            {
                Assert.True(double.IsFinite(m.Value), $"{m.Value} in {language}");
                Assert.InRange(m.Start, end, text.Length);
                Assert.InRange(m.Length, 1, text.Length - m.Start);
                end = m.Start + m.Length;
            }
        }
    }

    [Fact]
    public void RandomBytesNeverThrow()
    {
        var random = new Random(20261124);
        var alphabet = "0123456789 .,'-/^eExkKMmbn½⅔\u00A0\u202Fonetwhundrdmilzwadrß";
        for (var n = 0; n < 300; n++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var text = new string(chars);
            foreach (var language in new[] { "en", "fr", "de" })
            {
                Assert.All(NumberReader.For(language).Read(text), m => Assert.True(double.IsFinite(m.Value) && m.Start + m.Length <= text.Length));
            }
        }
    }

    [Fact]
    public void OverflowIsDroppedNotReported() => Assert.Empty(NumberReader.For("en").Read("1e400"));

    [Fact]
    public void AnUnknownLanguageReadsDigitsWithEnglishSeparators()
    {
        var matches = NumberReader.For("xx").Read("Sold 1,800 units for 6.6bn, two times.");
        Assert.Equal([1800, 6.6e9], matches.Select(m => m.Value));
    }
}
