using Storyline.Dictionaries;

namespace Storyline.Tests.Dictionaries;

/// <summary>A language's concept table is built once and read back on later runs, and only while its dictionaries are unchanged.</summary>
public sealed class ConceptCacheTests
{
    [Fact]
    public void ATableIsKeptAndReadBackByTheNextRun()
    {
        using var folder = new TempFolder();
        using var kept = new TempFolder();
        var cache = Bureau(folder, kept);

        var built = new BilingualDictionaries(folder.Path, cache).Concepts("fr", "bureau");
        var path = Assert.Single(Directory.GetFiles(kept.Path));

        // The next run reads the file rather than the dictionary: a table written there in its place is what it finds.
        ConceptCache.Write(path, new Dictionary<string, ulong[]>(StringComparer.Ordinal) { ["bureau"] = [7, 8] });
        Assert.Equal([BilingualDictionaries.Key("fr", "bureau"), 7, 8], new BilingualDictionaries(folder.Path, cache).Concepts("fr", "bureau"));
        Assert.Equal(2, built.Length);
    }

    [Fact]
    public void AChangedDictionaryIsReadAgain()
    {
        using var folder = new TempFolder();
        using var kept = new TempFolder();
        var cache = Bureau(folder, kept);
        _ = new BilingualDictionaries(folder.Path, cache).Concepts("fr", "bureau");

        // An upgraded package: another size and time, so another file, built from the new entries.
        DictdWriter.Write(folder, "fra-deu", ("bureau", "bureau <n>\nBüro, Kanzlei\n"));
        File.SetLastWriteTimeUtc(folder.File("freedict-fra-deu.index"), DateTime.UtcNow.AddMinutes(1));

        Assert.Equal(3, new BilingualDictionaries(folder.Path, cache).Concepts("fr", "bureau").Length);

        // The table of the old package goes: nothing would read it again.
        Assert.Single(Directory.GetFiles(kept.Path));
    }

    [Fact]
    public void ADamagedTableIsBuiltAgainAndReplaced()
    {
        using var folder = new TempFolder();
        using var kept = new TempFolder();
        var cache = Bureau(folder, kept);
        _ = new BilingualDictionaries(folder.Path, cache).Concepts("fr", "bureau");
        var path = Assert.Single(Directory.GetFiles(kept.Path));
        var whole = File.ReadAllBytes(path);

        File.WriteAllBytes(path, whole[..(whole.Length - 3)]);
        Assert.Null(ConceptCache.Read(path));

        Assert.Equal(2, new BilingualDictionaries(folder.Path, cache).Concepts("fr", "bureau").Length);
        Assert.Equal(whole, File.ReadAllBytes(path));
    }

    [Fact]
    public void ACacheThatCannotBeWrittenOnlyCostsTheBuild()
    {
        using var folder = new TempFolder();
        using var kept = new TempFolder();
        _ = Bureau(folder, kept);
        // A file where the cache folder should be: nothing can be created under it.
        var blocked = kept.Write("not-a-folder", "x");

        Assert.Equal(2, new BilingualDictionaries(folder.Path, new ConceptCache(Path.Combine(blocked, "dictionaries"))).Concepts("fr", "bureau").Length);
    }

    // One French word with one German translation, and a cache of its own for the built tables.
    private static ConceptCache Bureau(TempFolder folder, TempFolder kept)
    {
        DictdWriter.Write(folder, "fra-deu", ("bureau", "bureau <n>\nBüro\n"));
        return new ConceptCache(kept.Path);
    }
}
