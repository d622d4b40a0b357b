using Storyline.Languages;

namespace Storyline.Tests.Languages;

public sealed class LanguageResourcesTests
{
    public static TheoryData<string> Languages => [.. LanguageResources.Embedded.Languages];

    [Fact]
    public void SeveralLanguagesShipData() => Assert.Superset(new HashSet<string> { "de", "en", "es", "fr", "it", "nl", "pt" }, LanguageResources.Embedded.Languages.ToHashSet());

    // Adding a language is adding a folder: every folder must have every required file, parseable, without empty or duplicate entries.
    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguageFolderIsComplete(string code)
    {
        var pack = LanguageResources.Embedded.Get(code);
        Assert.True(pack.Supported);
        foreach (var file in LanguageResources.RequiredFiles)
        {
            Assert.NotNull(LanguageResources.Embedded.ReadLines(code, file));
        }

        Assert.NotEmpty(pack.Boilerplate["read-more"]);
        Assert.NotEmpty(pack.Boilerplate["navigation"]);
        Assert.All(pack.Boilerplate.ByKind.Values.SelectMany(v => v), entry => Assert.False(string.IsNullOrWhiteSpace(entry)));
    }

    [Fact]
    public void UnknownLanguageIsUnsupportedNotAnError() => Assert.False(LanguageResources.Embedded.Get("xx").Supported);

    [Fact]
    public void MalformedFileNamesTheResource()
    {
        using var folder = new TempFolder();
        folder.Write("sv/boilerplate.txt", "[read-more]\nläs mer\n[nonsense]\nx\n");
        var resources = new LanguageResources(folder.Path);
        var error = Assert.Throws<InvalidDataException>(() => resources.Get("sv"));
        Assert.Contains("sv/boilerplate.txt line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderOnDiskAddsALanguageWithoutCode()
    {
        using var folder = new TempFolder();
        folder.Write("sv/boilerplate.txt", "# Swedish\n[read-more]\nLäs mer\n[navigation]\ntillbaka\n");
        var pack = new LanguageResources(folder.Path).Get("sv");
        Assert.Equal(["läs mer"], pack.Boilerplate["read-more"]);
    }
}
