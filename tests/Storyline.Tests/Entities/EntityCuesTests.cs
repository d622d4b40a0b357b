using Storyline.Entities;
using Storyline.Languages;

namespace Storyline.Tests.Entities;

public sealed class EntityCuesTests
{
    [Fact]
    public void EveryLanguageFileParses()
    {
        foreach (var language in LanguageResources.Embedded.Languages)
        {
            _ = EntityCues.For(LanguageResources.Embedded, language);
        }

        Assert.Contains("l", EntityCues.For(LanguageResources.Embedded, "fr").Elisions);
        Assert.Contains("staatssekretärin", EntityCues.For(LanguageResources.Embedded, "de").Titles);
    }

    [Fact]
    public void AnUnknownSectionIsAnErrorNamingTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => EntityCues.Parse(["[titles]", "ceo", "[nicknames]", "bob"], "xx/entities.txt"));
        Assert.Contains("xx/entities.txt line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnLanguageSectionsAreNotMergedAcrossLanguages()
    {
        var merged = EntityCues.All(LanguageResources.Embedded);
        var english = merged.WithOwnLanguage(EntityCues.For(LanguageResources.Embedded, "en"));
        Assert.Contains("s", merged.GenitiveEndings);
        Assert.Empty(english.GenitiveEndings);
        Assert.Contains("staatssekretärin", english.Titles);
    }
}
