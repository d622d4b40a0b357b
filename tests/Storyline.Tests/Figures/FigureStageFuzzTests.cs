using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Tests.Figures;

/// <summary>Absurd and broken input: no exception, no NaN or infinity, spans inside the text.</summary>
public sealed class FigureStageFuzzTests
{
    [Theory]
    [InlineData("The fund holds 1e400 dollars and 99999999999999999999 shares.")]
    [InlineData("Die Firma meldet 99999999999999999999999999999999999999 Euro Umsatz.")]
    [InlineData("abc123def 45xyz 6,6,6,6 milliards 1.2.3.4 $ € % --5-- 10 000 000 000 000 000 000 000 euros")]
    [InlineData("Mélange: 6,6 milliards de dollars, $6.6bn, 6.5 Milliarden, 1,800 employees, 10.000 projets.")]
    [InlineData("")]
    [InlineData("$$$ €€€ %%% 1/0 0/0 -0 ∞ NaN")]
    public void NothingBreaks(string text) => AssertSane(text, "en");

    [Fact]
    public void LongAndBinaryInput()
    {
        var random = new Random(7);
        var noise = new string(Enumerable.Range(0, 20_000).Select(_ => (char)random.Next(0, 0x3000)).ToArray());
        AssertSane(noise, "fr");
        AssertSane(string.Concat(Enumerable.Repeat("9", 50_000)), "de");
        AssertSane(string.Join(" ", Enumerable.Repeat("plus de 6,6 milliards de dollars", 3_000)), "fr");
    }

    private static void AssertSane(string text, string language)
    {
        var figures = FigureRecognizer.Default.Recognize(text, language, EntityRecognizer.Default.Recognize(text, language), null);
        Assert.All(figures, f =>
        {
            Assert.True(f.Value is null || double.IsFinite(f.Value.Value), $"{f.Text}: {f.Value}");
            Assert.Equal(f.Text, text.Substring(f.Start, f.Length));
        });
    }
}
