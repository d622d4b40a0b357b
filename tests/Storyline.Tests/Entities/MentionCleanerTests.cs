using Storyline.Entities;
using Storyline.Entities.Tokens;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

/// <summary>What the tagger takes along with a name and the cleaner trims.</summary>
public sealed class MentionCleanerTests
{
    [Theory]
    [InlineData("Die App Kestrel Live übersetzt Gespräche.", "de", "App Kestrel Live", "Kestrel Live")]
    [InlineData("Das Start-up Kestrel sammelt Geld ein.", "de", "Start-up Kestrel", "Kestrel")]
    [InlineData("Son application Kestrel Live traduit 38 langues.", "fr", "application Kestrel Live", "Kestrel Live")]
    [InlineData("The Kestrel Live app translates 38 languages.", "en", "Kestrel Live", "Kestrel Live")]
    public void NounsThatIntroduceAnOrganisationOrAProductAreCut(string text, string language, string tagged, string name)
    {
        var cues = EntityCues.For(LanguageResources.Embedded, language);
        var tokens = new Tokenizer(cues.Elisions).Tokenize(text);
        var start = text.IndexOf(tagged, StringComparison.Ordinal);
        var first = tokens.ToList().FindIndex(t => t.Start == start);
        var last = tokens.ToList().FindIndex(t => t.End == start + tagged.Length);

        var mention = MentionCleaner.Clean(first, last + 1, "MISC", tokens, cues, 0);

        Assert.NotNull(mention);
        Assert.Equal(name, text[mention.Start..mention.End]);
    }
}
