using Storyline.Figures.Numbers;

namespace Storyline.Tests.Figures.Numbers;

/// <summary>Reads a sentence and finds the number written as a given stretch of it.</summary>
internal static class NumberAssert
{
    public static NumberMatch Found(string language, string sentence, string text, double value)
    {
        var matches = NumberReader.For(language).Read(sentence);
        var at = sentence.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in the sentence");
        var match = matches.FirstOrDefault(m => m.Start == at && m.Length == text.Length);
        Assert.True(match is not null, $"'{text}' not read; read: {Describe(sentence, matches)}");
        Assert.True(Math.Abs(match.Value - value) <= 1e-9 * Math.Max(1, Math.Abs(value)), $"'{text}' read as {match.Value}, expected {value}");
        return match;
    }

    public static void NotFound(string language, string sentence, string text)
    {
        var matches = NumberReader.For(language).Read(sentence);
        var at = sentence.IndexOf(text, StringComparison.Ordinal);
        Assert.DoesNotContain(matches, m => m.Start < at + text.Length && at < m.Start + m.Length);
    }

    public static string Describe(string sentence, IEnumerable<NumberMatch> matches) =>
        string.Join("; ", matches.Select(m => $"'{sentence.Substring(m.Start, m.Length)}'={m.Value}"));
}
