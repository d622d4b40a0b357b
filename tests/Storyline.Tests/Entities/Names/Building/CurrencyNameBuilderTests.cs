using Storyline.Entities.Names.Building;

namespace Storyline.Tests.Entities.Names.Building;

public sealed class CurrencyNameBuilderTests
{
    private const string Main = "usr/share/unicode/cldr/common/main/";

    [Fact]
    public void NamesAreLowerCasedAndGenericWordsAndLetterSymbolsLeftOut()
    {
        using var packages = new TempFolder();
        packages.Write(Main + "root.xml", Ldml(
            ("GBP", [], [(null, "£"), ("narrow", "£")]),
            ("FKP", [], [("narrow", "£")]),
            ("AUD", [], [(null, "A$"), ("narrow", "$")]),
            ("LAK", [], [(null, "LAK"), ("narrow", "₭")]),
            ("XAU", [], [(null, "XAU")])));
        packages.Write(Main + "en.xml", Ldml(
            ("FIM", [(null, "Finnish Markka"), ("other", "Finnish  markkas")], []),
            ("EUR", [(null, "Euro"), ("other", "euros")], []),
            ("XAU", [(null, "Gold")], []),
            ("USD", [(null, "US Dollar")], [(null, "$")])));
        packages.Write(Main + "en_AU.xml", Ldml(("AUD", [], [(null, "$")]), ("ZAR", [], [(null, "R")])));
        packages.Write(Main + "fr.xml", Ldml(("CAD", [("other", "dollars canadiens")], [(null, "$\u00a0CA")])));
        packages.Write(Main + "fr_CA.xml", Ldml(("EGP", [], [("narrow", "£")]), ("DKK", [], [(null, "kr.")])));
        foreach (var language in new[] { "de", "es", "it", "nl" })
        {
            packages.Write(Main + language + ".xml", Ldml());
        }

        using var output = new TempFolder();
        var (file, entries, _) = new CurrencyNameBuilder(new GazetteerSources(packages.Path), "9-9").Build(output.File("currency-names.tsv"));

        Assert.Equal(("currency-names.tsv", 8), (file, entries));
        var rows = File.ReadAllLines(output.File("currency-names.tsv")).Where(l => !l.StartsWith('#'));
        Assert.Equal(
            [
                "*\t$ CA\tCAD", "*\tA$\tAUD", "*\t£\tGBP", "*\t₭\tLAK", "en\tfinnish markka\tFIM", "en\tfinnish markkas\tFIM", "en\tus dollar\tUSD",
                "fr\tdollars canadiens\tCAD",
            ],
            rows);
    }

    private static string Ldml(params (string Iso, (string? Count, string Name)[] Names, (string? Alt, string Symbol)[] Symbols)[] currencies) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<ldml><numbers><currencies>\n"
        + string.Concat(currencies.Select(c => $"<currency type=\"{c.Iso}\">"
            + string.Concat(c.Names.Select(n => $"<displayName{(n.Count is null ? "" : $" count=\"{n.Count}\"")}>{n.Name}</displayName>"))
            + string.Concat(c.Symbols.Select(s => $"<symbol{(s.Alt is null ? "" : $" alt=\"{s.Alt}\"")}>{s.Symbol}</symbol>"))
            + "</currency>\n"))
        + "</currencies></numbers></ldml>\n";
}
