using Storyline.Languages;
using Storyline.Quotes;

namespace Storyline.Tests.Quotes;

/// <summary>The quotes.txt files parse and give every required language cues, pronouns and roles.</summary>
public sealed class QuoteCuesTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("nl")]
    public void EachLanguageHasEverySection(string language)
    {
        var cues = QuoteCues.For(language);
        Assert.False(cues.Cues.IsEmpty);
        Assert.False(cues.Pronouns.IsEmpty);
        Assert.False(cues.Roles.IsEmpty);
    }

    [Fact]
    public void CueValuesAreKnown()
    {
        string[] known = [QuoteCues.Verb, QuoteCues.WithPronoun, QuoteCues.Source, QuoteCues.SourceBefore, QuoteCues.Naming];
        foreach (var language in LanguageResources.Embedded.Languages)
        {
            var lines = LanguageResources.Embedded.ReadLines(language, QuoteCues.File) ?? [];
            var section = "";
            foreach (var line in lines.Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                if (line.StartsWith('['))
                {
                    section = line;
                    continue;
                }

                if (section == "[cues]")
                {
                    Assert.Contains(line.Split('\t')[^1], known);
                }

                if (section == "[pronouns]")
                {
                    Assert.Contains(line.Split('\t')[^1], new[] { "person", "organisation", "company" });
                }
            }
        }
    }
}
