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
                    Assert.Contains(line.Split('\t')[^1], new[] { "person", "organisation", "company", "latter" });
                }
            }
        }
    }

    [Fact]
    public void AnAfterCommaCueAttributesAfterACommaAndIsAnAdverbElsewhere()
    {
        const string titles = "Sie hat in vielen Filmen mitgespielt. So etwa in „Regen über Kornbach“ oder „Die letzte Fähre nach Ostende“. Dafür bekam sie einen Preis.";
        Assert.Empty(QuoteRecognizer.Default.Recognize(titles, "de", []));

        const string said = "Die Stadtwerke erhöhen die Preise. „Wir hatten am Ende keine andere Wahl“, so Thiel am Montag.";
        var quote = Assert.Single(QuoteRecognizer.Default.Recognize(said, "de", QuoteTestEntities.Of(said, QuoteTestEntities.Person("Maren Thiel", "Thiel"))));
        Assert.Equal(("Maren Thiel", "so"), (quote.Speaker, quote.Cue));
    }
}
