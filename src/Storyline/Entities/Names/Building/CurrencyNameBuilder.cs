using System.Globalization;
using System.Text;

namespace Storyline.Entities.Names.Building;

/// <summary>
/// Builds the committed currency lexicon (<c>Resources/common/currency-names.tsv</c>, lines <c>language TAB name TAB ISO 4217 code</c>)
/// from CLDR: every lower-cased <c>displayName</c> of <c>common/main/&lt;lang&gt;.xml</c>, and under language <c>*</c> the symbols of
/// the root locale and of every locale of those languages. Deterministic: the same package gives the same bytes.
/// </summary>
public sealed class CurrencyNameBuilder(GazetteerSources sources, string cldrVersion)
{
    /// <summary>The languages named: those with a figure stage hand list to complete.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "de", "es", "it", "nl"];

    /// <summary>The language column of a symbol, which means the same in every language.</summary>
    public const string AnyLanguage = "*";

    // A bare generic word says which currency only by convention ("dollars" is USD, "pounds" GBP): the figure stage's hand lists
    // decide those, so a CLDR name that is one of them alone is left out (CLDR gives "euro", "yuan", "yen" bare; the rest are for safety).
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "franc", "francs", "peso", "pesos", "crown", "crowns",
        "mark", "marks", "yen", "yuan", "rupee", "rupees",
        "livre", "livres", "couronne", "couronnes", "yens", "yuans", "roupie", "roupies",
        "pfund", "franken", "krone", "kronen", "rupie", "rupien",
        "dólar", "dólares", "libra", "libras", "franco", "francos", "corona", "coronas", "marco", "marcos", "yenes", "yuanes", "rupia", "rupias",
        "dollaro", "dollari", "sterlina", "sterline", "franchi", "corone", "marchi", "rupie",
        "pond", "ponden", "frank", "euro's", "peso's", "kroon", "roepie", "roepies",
    };

    // ISO 4217 codes that are no money a news figure counts in: precious metals (CLDR names XAU "gold", fr "or", es "oro"),
    // the testing and unknown codes, and the SUCRE unit of account (fr "sucre" is sugar; the Ecuadorian sucre is ECS).
    private static readonly HashSet<string> SkippedCodes = new(StringComparer.Ordinal) { "XAG", "XAU", "XPD", "XPT", "XTS", "XXX", "XSU" };

    public (string File, int Entries, long Bytes) Build(string path)
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var language in Languages)
        {
            var byName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var (iso, name) in CldrCurrencies.Read(sources.Cldr(language)).Names.Where(n => !SkippedCodes.Contains(n.Iso)))
            {
                var key = Normalize(name).ToLowerInvariant();
                if (!GenericWords.Contains(key))
                {
                    Add(byName, key, iso);
                }
            }

            // A name two currencies share (none in CLDR 41) would say nothing: it is dropped rather than guessed.
            foreach (var (name, codes) in byName.Where(kv => kv.Value.Count == 1))
            {
                rows.Add($"{language}\t{name}\t{codes.Single()}");
            }
        }

        foreach (var (symbol, iso) in Symbols())
        {
            rows.Add($"{AnyLanguage}\t{symbol}\t{iso}");
        }

        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            writer.WriteLine($"# Currency names and symbols from Unicode CLDR (Debian unicode-cldr-core {cldrVersion}): language<TAB>name<TAB>ISO 4217 code.");
            writer.WriteLine("# Names: every displayName (singular and plural) of common/main/<lang>.xml, lower-cased; a generic word alone (dollars,");
            writer.WriteLine("# pounds, francs, ...) is left to the figure stage's hand lists. Language * = a symbol of the root locale or of any locale of");
            writer.WriteLine("# en, fr, de, es, it, nl that holds something besides ASCII letters and punctuation, \"$\" excepted; a shared symbol goes to the");
            writer.WriteLine("# currency whose symbol it is in en, else it is left out.");
            writer.WriteLine("# Built by scripts/build-gazetteers.sh: `storyline gazetteer build --from DIR --out src/Storyline/Resources/common/gazetteer");
            writer.WriteLine("# --currencies src/Storyline/Resources/common/currency-names.tsv`. Do not edit: fix the builder.");
            writer.WriteLine("# Licence: Unicode-DFS-2016 (Unicode License, Copyright © 1991-2022 Unicode, Inc.); see gazetteer/ATTRIBUTION.md.");
            foreach (var row in rows)
            {
                writer.WriteLine(row);
            }
        }

        return (Path.GetFileName(path), rows.Count, new FileInfo(path).Length);
    }

    private IEnumerable<(string Symbol, string Iso)> Symbols()
    {
        var root = File.Exists(sources.CldrRoot) ? CldrCurrencies.Read(sources.CldrRoot) : new CldrCurrencies([], []);
        var bySymbol = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var locales = Languages.SelectMany(sources.CldrLocales).Select(CldrCurrencies.Read).Prepend(root).ToList();
        foreach (var (iso, symbol, _) in locales.SelectMany(l => l.Symbols))
        {
            var text = Normalize(symbol);
            if (!SkippedCodes.Contains(iso) && IsSign(text))
            {
                Add(bySymbol, text, iso);
            }
        }

        // English as CLDR resolves it: en.xml over root, per currency and alt. Its plain symbols settle a shared sign before its
        // narrow ones do: "£" is GBP's symbol but FKP's, GIP's and SHP's narrow one; "¥" is JPY's, and CNY's narrow one.
        var english = new Dictionary<(string Iso, string Alt), string>();
        foreach (var (iso, symbol, alt) in root.Symbols.Concat(CldrCurrencies.Read(sources.Cldr("en")).Symbols))
        {
            english[(iso, alt ?? "")] = Normalize(symbol);
        }

        foreach (var (symbol, codes) in bySymbol.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var plain = codes.Where(c => english.GetValueOrDefault((c, "")) == symbol).ToList();
            var any = codes.Where(c => english.Any(e => e.Key.Iso == c && e.Value == symbol)).ToList();
            var pick = codes.Count == 1 ? codes.Single() : plain.Count == 1 ? plain[0] : plain.Count == 0 && any.Count == 1 ? any[0] : null;
            if (pick is not null)
            {
                yield return (symbol, pick);
            }
        }
    }

    // A sign is worth a row when it holds a currency sign (€, ₭, A$, R$) or a letter outside ASCII (zł, Kč). Plain ASCII letters
    // and punctuation are codes or abbreviations that read as words ("kr", "R", "p.", "Bs.", "S/"), and a bare "$" is USD only by
    // the hand lists' convention.
    private static bool IsSign(string symbol) =>
        symbol != "$" && symbol.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol || (char.IsLetter(c) && !char.IsAscii(c)));

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string iso)
    {
        if (!map.TryGetValue(key, out var codes))
        {
            map[key] = codes = new HashSet<string>(StringComparer.Ordinal);
        }

        codes.Add(iso);
    }
}
