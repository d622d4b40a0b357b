using Storyline.Languages;

namespace Storyline.Tests.Figures;

/// <summary>The committed CLDR currency lexicon (<c>Resources/common/currency-names.tsv</c>) as the figure stage will read it.</summary>
public sealed class CurrencyNamesTests
{
    // The generic words the hand lists decide ("dollars" is USD by convention), in every language the lexicon covers.
    private static readonly string[] GenericWords =
    [
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "franc", "francs", "peso", "pesos", "crown", "crowns",
        "mark", "marks", "yen", "yuan", "rupee", "rupees", "livre", "livres", "couronne", "couronnes", "roupie", "roupies",
        "pfund", "franken", "krone", "kronen", "rupie", "rupien", "dólar", "dólares", "libra", "libras", "franco", "francos",
        "corona", "coronas", "marco", "marcos", "yenes", "yuanes", "rupia", "rupias", "dollaro", "dollari", "sterlina", "sterline",
        "franchi", "corone", "marchi", "pond", "ponden", "frank", "kroon", "roepie", "roepies",
    ];

    private static readonly IReadOnlyList<string[]> Rows = [.. Lines().Where(l => !l.StartsWith('#')).Select(l => l.Split('\t'))];

    [Fact]
    public void EveryRowIsALanguageANameAndAnIsoCode()
    {
        Assert.True(Rows.Count > 1000, $"only {Rows.Count} rows");
        Assert.All(Rows, row =>
        {
            Assert.Equal(3, row.Length);
            Assert.Contains(row[0], new[] { "*", "en", "fr", "de", "es", "it", "nl" });
            Assert.NotEqual("", row[1]);
            Assert.Equal(row[1].Trim(), row[1]);
            Assert.Matches("^[A-Z]{3}$", row[2]);
        });
        Assert.Equal(Rows.Count, Rows.Select(r => (r[0], r[1])).Distinct().Count());
    }

    [Fact]
    public void TheFileIsSortedAndSaysWhereItComesFrom()
    {
        var lines = Lines();
        var data = lines.Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(data.Order(StringComparer.Ordinal), data);
        Assert.Contains(lines, l => l.StartsWith('#') && l.Contains("Unicode-DFS-2016", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('#') && l.Contains("storyline gazetteer build", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "finnish markka", "FIM")]
    [InlineData("en", "dutch guilders", "NLG")]
    [InlineData("en", "turkish lira", "TRY")]
    [InlineData("de", "schweizer franken", "CHF")]
    [InlineData("de", "deutsche mark", "DEM")]
    [InlineData("fr", "dollars canadiens", "CAD")]
    [InlineData("es", "pesetas españolas", "ESP")]
    [InlineData("it", "lira italiana", "ITL")]
    [InlineData("nl", "zwitserse frank", "CHF")]
    [InlineData("*", "₭", "LAK")]
    [InlineData("*", "€", "EUR")]
    [InlineData("*", "£", "GBP")]
    [InlineData("*", "¥", "JPY")]
    [InlineData("*", "A$", "AUD")]
    [InlineData("*", "HK$", "HKD")]
    public void KnownNamesAreThere(string language, string name, string iso) =>
        Assert.Contains(Rows, r => r[0] == language && r[1] == name && r[2] == iso);

    [Fact]
    public void GenericWordsAndBareLettersAreLeftToTheHandLists()
    {
        Assert.DoesNotContain(Rows, r => GenericWords.Contains(r[1], StringComparer.Ordinal));
        Assert.DoesNotContain(Rows, r => r[1] == "$");
        Assert.DoesNotContain(Rows, r => r[0] == "*" && r[1].All(char.IsAsciiLetter));
    }

    private static IReadOnlyList<string> Lines() =>
        LanguageResources.Embedded.ReadLines("common", "currency-names.tsv") ?? throw new InvalidDataException("common/currency-names.tsv is missing");
}
