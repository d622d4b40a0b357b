using Storyline.Entities;
using Storyline.Entities.Names;

namespace Storyline.Tests.Entities.Names;

public sealed class GazetteerFileTests
{
    [Fact]
    public void WriteThenParseRoundTrips()
    {
        var entry = new GazetteerEntry("2800866", EntityType.Place, 1019022, "Brussels", new Dictionary<string, IReadOnlyList<string>>
        {
            ["fr"] = ["Bruxelles"],
            ["de"] = ["Brüssel"],
            ["other"] = ["Bruxelles-Capitale", "Brussel"],
        });
        using var writer = new StringWriter();
        GazetteerFile.Write(writer, ["test"], ["en", "fr", "de", "other"], [entry]);
        Assert.Equal("# test\nid\ttype\trank\tname\ten\tfr\tde\tother\n2800866\tplace\t1019022\tBrussels\t\tBruxelles\tBrüssel\tBruxelles-Capitale|Brussel\n", writer.ToString());
        var parsed = Assert.Single(GazetteerFile.Parse(writer.ToString().Split('\n'), "test.tsv"));
        Assert.Equal(entry.Id, parsed.Id);
        Assert.Equal(entry.Rank, parsed.Rank);
        Assert.Equal(["Brussels", "Bruxelles", "Brüssel", "Bruxelles-Capitale", "Brussel"], parsed.AllNames());
    }

    [Theory]
    [InlineData("id\ttype\trank\tname\tfr\n1\tplace\t10\tParis\n", "line 2: 4 cells where the header has 5")]
    [InlineData("id\ttype\trank\tname\tfr\n1\tville\t10\tParis\tParis\n", "line 2: unknown type 'ville'")]
    [InlineData("id\ttype\trank\tname\tfr\n1\tplace\tmany\tParis\tParis\n", "line 2: rank 'many'")]
    [InlineData("name\tfr\n", "line 1: expected the header")]
    [InlineData("# only a comment\n", "no entries")]
    public void AMalformedFileNamesTheLine(string text, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => GazetteerFile.Parse(text.Split('\n'), "common/gazetteer/x.tsv"));
        Assert.Contains("common/gazetteer/x.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
