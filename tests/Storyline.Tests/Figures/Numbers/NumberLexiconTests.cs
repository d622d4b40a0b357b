using Storyline.Figures.Numbers;
using Storyline.Languages;

namespace Storyline.Tests.Figures.Numbers;

/// <summary>Every language folder that has a numbers.txt parses, with the sections the reader cannot do without.</summary>
public sealed class NumberLexiconTests
{
    public static TheoryData<string> Languages() => new(WithNumbers());

    [Fact]
    public void TheRequiredLanguagesHaveNumbers() => Assert.Subset(WithNumbers().ToHashSet(), new HashSet<string> { "en", "fr", "de" });

    [Theory]
    [MemberData(nameof(Languages))]
    public void ParsesWithUnitsScalesAndSeparators(string language)
    {
        var lines = LanguageResources.Embedded.ReadLines(language, NumberLexicon.File)!;
        Assert.StartsWith("#", lines[0]);
        Assert.Contains("CC0-1.0", lines[0]);
        var lexicon = NumberLexicon.Parse(lines, $"{language}/{NumberLexicon.File}");
        Assert.NotEmpty(lexicon.DecimalSeparators);
        Assert.NotEmpty(lexicon.GroupSeparators);
        Assert.NotEmpty(lexicon.Suffixes);
    }

    private static IEnumerable<string> WithNumbers() =>
        LanguageResources.Embedded.Languages.Where(l => LanguageResources.Embedded.ReadLines(l, NumberLexicon.File) is not null);
}
