using Storyline.Languages;

namespace Storyline.Figures;

/// <summary>
/// A language's facts for figures, read from <c>Resources/&lt;lang&gt;/figures.txt</c> (and the signs every language shares
/// from <c>Resources/common/figures.txt</c>, and CLDR's currency names from <c>Resources/common/currency-names.tsv</c>):
/// one <see cref="PhraseTable"/> per [section], entries <c>phrase&lt;TAB&gt;value</c>.
/// </summary>
public sealed class FigureCues
{
    public const string File = "figures.txt";

    public static readonly IReadOnlyList<string> Sections =
    [
        // currency word, symbol or code → ISO 4217; the words between a number and its currency ("de", "d'")
        "currencies", "currency-links",
        // a currency's hundredths after a number → ISO code and share of the main unit (cents → USD 0.01)
        "subunits",
        // "%", "pour cent" → percent; "Prozentpunkte" → points; the same before the number ("percent of 10")
        "percent", "percent-before",
        // words right before a figure → exact, approx, atLeast, atMost
        "qualifiers",
        // words before a figure in its sentence that make it a plan (plant, prévoit, aims)
        "planned",
        // counted nouns → English unit and, optionally, the attribute they imply (utilisateurs → users, users)
        "counted",
        // time units → years, months, weeks, days, hours, minutes; measurement units → their symbol
        "durations", "measures",
        // words before a number that make it an age (âgé de, aged); words that make a number a time of day (Uhr), and
        // words before "N hours" that make it one ("à 18 heures")
        "age-cues", "clock-words", "clock-cues",
        // words of a sentence that say what a figure measures → attribute[,kind,kind]
        "attributes",
        // words before a name that make it a complement, not the one a figure is about ("de Meta", "according to Reuters")
        "complements", "conjunctions",
        // words that link a count of people to the organisation that employs them ("employees at Mistral", "Mitarbeiter bei")
        "employers",
        // words that put a count of people at a place ("100 people in Lyon"), and nouns for a company's site ("an office
        // in Berlin, where 60 engineers …"): that count is the place's
        "site-links", "sites",
        // words right before a number that counts nothing itself, by which it goes on with the count before it ("auf 550
        // wachsen", "grow to 550", "di cui oltre 3.000")
        "continuations",
        // verbs and participles right before a count of people or right after it and its noun that say what befell them
        // ("injured seven workers", "zeven medewerkers gewond"), value the attribute: the count is of those harmed, not staff
        "harm-verbs",
        // nouns that make a number approximate after an article ("une soixantaine", "un centinaio", "una docena")
        "approximations",
        // words between a buyer and the company it buys ("agreed to buy", "übernimmt", "le rachat du"): the deal's figures
        // (value, price per share, premium) are the bought company's
        "acquisitions",
        // nouns that, after a definite article, refer back to an organisation ("the company", "das 2023 gegründete Unternehmen")
        "anaphora", "definite",
        // words before a date that belong to it ("fin de 2026", "first quarter of 2026", "mid-" glued), and after it
        // ("lundi soir", "Monday evening"); the date keeps its resolution
        "date-prefixes", "date-suffixes",
        // abbreviations whose full stop does not end a sentence
        "abbreviations",
        // "closed" where the language writes compounds as one word: a compound's head is a cue as it is alone
        // (Umsatzsynergien → synergien, overnameprijs → prijs)
        "compounds",
    ];

    private static readonly Dictionary<string, FigureCues> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    private readonly IReadOnlyDictionary<string, PhraseTable> tables;

    private FigureCues(IReadOnlyDictionary<string, PhraseTable> tables) => this.tables = tables;

    public PhraseTable Currencies => Table("currencies");

    public PhraseTable CurrencyLinks => Table("currency-links");

    public PhraseTable Subunits => Table("subunits");

    public PhraseTable Percent => Table("percent");

    public PhraseTable PercentBefore => Table("percent-before");

    public PhraseTable Qualifiers => Table("qualifiers");

    public PhraseTable Planned => Table("planned");

    public PhraseTable Counted => Table("counted");

    public PhraseTable Durations => Table("durations");

    public PhraseTable Measures => Table("measures");

    public PhraseTable AgeCues => Table("age-cues");

    public PhraseTable ClockWords => Table("clock-words");

    public PhraseTable ClockCues => Table("clock-cues");

    public PhraseTable Attributes => Table("attributes");

    public PhraseTable Complements => Table("complements");

    public PhraseTable Conjunctions => Table("conjunctions");

    public PhraseTable Employers => Table("employers");

    public PhraseTable SiteLinks => Table("site-links");

    public PhraseTable Sites => Table("sites");

    public PhraseTable Continuations => Table("continuations");

    public PhraseTable HarmVerbs => Table("harm-verbs");

    public PhraseTable Approximations => Table("approximations");

    public PhraseTable Acquisitions => Table("acquisitions");

    public PhraseTable Anaphora => Table("anaphora");

    public PhraseTable Definite => Table("definite");

    public PhraseTable DatePrefixes => Table("date-prefixes");

    public PhraseTable DateSuffixes => Table("date-suffixes");

    public PhraseTable Abbreviations => Table("abbreviations");

    public bool ClosedCompounds => !Table("compounds").IsEmpty;

    /// <summary>The language's cues with the shared signs; cached. A language without a file gets the shared signs only.</summary>
    public static FigureCues For(string language) => For(LanguageResources.Embedded, language);

    public static FigureCues For(LanguageResources resources, string language)
    {
        lock (CacheLock)
        {
            if (resources == LanguageResources.Embedded && Cache.TryGetValue(language, out var cached))
            {
                return cached;
            }
        }

        // Hand-written cues first (the first entry for a phrase wins), then CLDR's currency names for the language.
        var entries = Read(resources, "common").Concat(Read(resources, language)).Concat(CurrencyNames(resources, language)).ToList();
        var cues = new FigureCues(Sections.ToDictionary(
            s => s,
            s => new PhraseTable(entries.Where(e => e.Section == s).Select(e => (e.Phrase, e.Value))),
            StringComparer.Ordinal));
        if (resources == LanguageResources.Embedded)
        {
            lock (CacheLock)
            {
                Cache[language] = cues;
            }
        }

        return cues;
    }

    private static IEnumerable<(string Section, string Phrase, string Value)> Read(LanguageResources resources, string code)
    {
        var lines = resources.ReadLines(code, File);
        if (lines is null)
        {
            yield break;
        }

        // The shared format (sections, comments, duplicates are errors); values keep their case ("USD", "°C").
        var resource = $"{code}/{File}";
        var raw = lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('[')).ToList();
        var parsed = SectionedList.Parse(lines, resource, Sections);
        for (var i = 0; i < parsed.Count; i++)
        {
            var (section, entry) = parsed[i];
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var value = tab < 0 ? entry : raw[i][(raw[i].IndexOf('\t', StringComparison.Ordinal) + 1)..].Trim();
            yield return (section, tab < 0 ? entry : entry[..tab].Trim(), value);
        }
    }

    public const string CurrencyNamesFile = "currency-names.tsv";

    // common/currency-names.tsv: language<TAB>name<TAB>ISO, built from CLDR by scripts/build-gazetteers.sh ("*": symbols).
    private static IEnumerable<(string Section, string Phrase, string Value)> CurrencyNames(LanguageResources resources, string language)
    {
        foreach (var line in resources.ReadLines("common", CurrencyNamesFile) ?? [])
        {
            if (line.StartsWith('#') || line.Split('\t') is not [var code, var name, var iso] || (code != language && code != "*"))
            {
                continue;
            }

            yield return ("currencies", name, iso);
        }
    }

    private PhraseTable Table(string name) => tables.TryGetValue(name, out var table) ? table : PhraseTable.Empty;
}
