using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Languages;

namespace Storyline.Tests.Entities.Names;

public sealed class NameCatalogTests
{
    private static NameCatalog Catalog => NameCatalog.Embedded;

    [Theory]
    [InlineData("Bruxelles", "fr", "Brussels")]
    [InlineData("Brüssel", "de", "Brussels")]
    [InlineData("Brussel", "nl", "Brussels")]
    [InlineData("Londres", "fr", "London")]
    [InlineData("Londres", "es", "London")]
    [InlineData("Singapour", "fr", "Singapore")]
    [InlineData("Singapur", "de", "Singapore")]
    [InlineData("Frankreich", "de", "France")]
    [InlineData("Frankreichs", "de", "France")]
    [InlineData("l'Union européenne", "fr", "European Union")]
    [InlineData("l’Union européenne", "fr", "European Union")]
    [InlineData("Union européenne", "fr", "European Union")]
    [InlineData("Europäische Union", "de", "European Union")]
    [InlineData("European Union", "en", "European Union")]
    [InlineData("Allemagne", "fr", "Germany")]
    [InlineData("d'Allemagne", "fr", "Germany")]
    [InlineData("Deutschland", "de", "Germany")]
    [InlineData("Pékin", "fr", "Beijing")]
    [InlineData("Peking", "de", "Beijing")]
    [InlineData("Moskau", "de", "Moscow")]
    [InlineData("Varsovie", "fr", "Warsaw")]
    [InlineData("la France", "fr", "France")]
    [InlineData("die Schweiz", "de", "Switzerland")]
    [InlineData("the Netherlands", "en", "Netherlands")]
    [InlineData("ONU", "fr", "United Nations")]
    [InlineData("Vereinte Nationen", "de", "United Nations")]
    [InlineData("OTAN", "es", "NATO")]
    [InlineData("OMS", "fr", "World Health Organization")]
    [InlineData("Weltgesundheitsorganisation", "de", "World Health Organization")]
    [InlineData("IWF", "de", "International Monetary Fund")]
    [InlineData("BCE", "it", "European Central Bank")]
    [InlineData("EZB", "de", "European Central Bank")]
    // Rivers, seas and landscapes the gazetteers miss, from the alias table.
    [InlineData("Bodensee", "de", "Lake Constance")]
    [InlineData("lac de Constance", "fr", "Lake Constance")]
    [InlineData("Mosel", "de", "Moselle")]
    [InlineData("Moezel", "nl", "Moselle")]
    [InlineData("Schwarzwalds", "de", "Black Forest")]
    [InlineData("Ostsee", "de", "Baltic Sea")]
    [InlineData("mar Báltico", "es", "Baltic Sea")]
    public void ResolvesToTheEnglishName(string surface, string language, string expected) =>
        Assert.Equal(expected, Catalog.Resolve(surface, language)?.Name);

    [Theory]
    [InlineData("bruxelles", "fr", "Brussels")]
    [InlineData("BRUXELLES", "fr", "Brussels")]
    [InlineData("Dusseldorf", "de", "Düsseldorf")]
    [InlineData("Union europeenne", "fr", "European Union")]
    public void FallsBackToCaseAndAccentInsensitive(string surface, string language, string expected) =>
        Assert.Equal(expected, Catalog.Resolve(surface, language)?.Name);

    // Initials match only as written: "ITA" (an agency's) is not the town of Itá.
    [Theory]
    [InlineData("ITA", "it")]
    [InlineData("ITA", "es")]
    public void InitialsDoNotFoldToAName(string surface, string language) =>
        Assert.Null(Catalog.Resolve(surface, language));

    [Fact]
    public void AnAmbiguousNameIsTheMostImportantPlace()
    {
        var paris = Catalog.Resolve("Paris", "en");
        Assert.Equal(new CanonicalName("Paris", EntityType.Place, "2988507"), paris);
        Assert.Equal("GE", Catalog.Resolve("Georgia", "en")?.Id);
    }

    [Fact]
    public void TheTypeGuessFiltersCandidates()
    {
        Assert.Equal(EntityType.Organisation, Catalog.Resolve("UE", "fr", EntityType.Organisation)?.Type);
        Assert.Null(Catalog.Resolve("Bruxelles", "fr", EntityType.Person));
        Assert.Equal("Brussels", Catalog.Resolve("Bruxelles", "fr", EntityType.Other)?.Name);
    }

    [Theory]
    [InlineData("Zorblaxville")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("l'")]
    [InlineData("the")]
    public void AnUnknownNameIsNull(string surface) => Assert.Null(Catalog.Resolve(surface, "en"));

    [Fact]
    public void MatchFindsTheLongestName()
    {
        string[] tokens = ["La", "Commission", "européenne", "siège", "à", "Bruxelles", "et", "New", "York", "."];
        var commission = Catalog.Match(tokens, 1);
        Assert.Equal(2, commission?.Length);
        Assert.Equal("European Commission", commission?.Name.Name);
        Assert.Equal(new NameMatch(1, new CanonicalName("Brussels", EntityType.Place, "2800866")), Catalog.Match(tokens, 5));
        Assert.Equal(2, Catalog.Match(tokens, 7)?.Length);
        Assert.Null(Catalog.Match(tokens, 3));
        Assert.Null(Catalog.Match(tokens, 9));
    }

    [Fact]
    public void MatchComparesCaseInsensitivelyAfterACapital()
    {
        Assert.Equal("European Union", Catalog.Match(["Union", "Européenne"], 0)?.Name.Name);
        Assert.Equal("Brussels", Catalog.Match(["BRUXELLES"], 0)?.Name.Name);
    }

    [Theory]
    [InlineData("nice")]
    [InlineData("mobile")]
    [InlineData("split")]
    [InlineData("bonn")]
    [InlineData("paris")]
    [InlineData("essen")]
    public void LowerCaseWordsAreNotMatched(string word) => Assert.Null(Catalog.Match([word, "und", "mehr"], 0));

    [Theory]
    [InlineData("Police", "said")]
    [InlineData("Best", "of")]
    [InlineData("Zug", "fährt")]
    public void ACapitalisedCommonWordIsNotMatchedAlone(string word, string next)
    {
        Assert.Null(Catalog.Match([word, next], 0));
        Assert.Equal(Storyline.Entities.EntityType.Place, Catalog.Resolve(word, "en")?.Type);
    }

    [Fact]
    public void AnAcronymMatchesOnlyInCapitals()
    {
        Assert.Equal("European Union", Catalog.Match(["EU"], 0)?.Name.Name);
        Assert.Null(Catalog.Match(["Eu", "acho"], 0));
        Assert.Null(Catalog.Match(["eu"], 0));
    }

    [Fact]
    public void MatchOutsideTheTokensIsNull()
    {
        Assert.Null(Catalog.Match([], 0));
        Assert.Null(Catalog.Match(["Paris"], 1));
        Assert.Null(Catalog.Match(["Paris"], -1));
        Assert.Null(Catalog.Match([""], 0));
    }

    [Fact]
    public void AliasesJoinAndRenameTheirGazetteerEntry()
    {
        using var folder = new TempFolder();
        folder.Write("common/gazetteer/cities.tsv", "# test\nid\ttype\trank\tname\tfr\tother\n1\tplace\t500\tKöln City\tCologne\t\n2\tplace\t100\tCologne\t\t\n");
        folder.Write("common/aliases.tsv", "# test\nCologne\tplace\tKöln|Keulen\t1\nWorld Health Organization\torganisation\tWHO|OMS\n");
        var catalog = NameCatalog.Load(new LanguageResources(folder.Path));
        Assert.Equal(new CanonicalName("Cologne", EntityType.Place, "1"), catalog.Resolve("Keulen", "nl"));
        Assert.Equal(new CanonicalName("Cologne", EntityType.Place, "1"), catalog.Resolve("Köln City", "de"));
        Assert.Equal(new CanonicalName("World Health Organization", EntityType.Organisation, null), catalog.Resolve("OMS", "fr"));
        Assert.Equal(3, catalog.Count);
    }

    [Theory]
    [InlineData("Europol\torganisation\n", "line 3")]
    [InlineData("Europol\tcompany\tEUROPOL\n", "line 3: unknown type 'company'")]
    [InlineData("Europol\torganisation\tEUROPOL|\n", "line 3: empty name or alias")]
    [InlineData("Europol\torganisation\tEP|EP\n", "line 3: 'Europol' lists an alias twice")]
    [InlineData("North Atlantic Alliance\torganisation\tOTAN\n", "line 3: 'OTAN' already stands for 'NATO' (line 2)")]
    [InlineData("NATO\torganisation\tNAVO\n", "line 3: 'NATO' has a row already")]
    public void AMalformedAliasFileNamesTheLine(string row, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("common/aliases.tsv", "# test\nNATO\torganisation\tOTAN\n" + row);
        var error = Assert.Throws<InvalidDataException>(() => NameCatalog.Load(new LanguageResources(folder.Path)));
        Assert.Contains("common/aliases.tsv " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEmbeddedDataIsWellFormed()
    {
        foreach (var file in NameCatalog.GazetteerFiles)
        {
            var lines = LanguageResources.Embedded.ReadLines("common", "gazetteer/" + file);
            Assert.NotNull(lines);
            var entries = GazetteerFile.Parse(lines, file);
            Assert.All(entries, e => Assert.All(e.AllNames(), n => Assert.False(string.IsNullOrWhiteSpace(n), $"{file} {e.Id} has an empty name")));
            Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        }

        Assert.True(Catalog.Count > 20_000, $"{Catalog.Count} entries");
    }
}
