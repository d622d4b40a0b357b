using Storyline.Stories;

namespace Storyline.Tests.Stories;

/// <summary>The article counts a story index keeps between its batches, and when it must read them again.</summary>
public sealed class TermCountCacheTests
{
    [Fact]
    public void CountsKeptAfterABatchAreTheStoresOnesAndNeedNoReading()
    {
        var cache = new TermCountCache();
        Assert.False(cache.Check(0));
        var read = new Dictionary<string, int> { ["e:openai"] = 3 };
        cache.Keep(["e:openai", "w:bureau"], read);
        var before = cache.Merge(["e:openai", "w:bureau"], read);
        cache.Saved(5, before, new Dictionary<string, int> { ["e:openai"] = 2, ["w:bureau"] = 1 });

        Assert.True(cache.Check(5));
        Assert.Equal(["e:paris"], cache.Unknown(["e:openai", "w:bureau", "e:paris"]));
        Assert.Equal(new Dictionary<string, int> { ["e:openai"] = 5, ["w:bureau"] = 1 }, cache.Merge(["e:openai", "w:bureau", "e:paris"], new Dictionary<string, int>()));
    }

    [Fact]
    public void ATermTheStoreDoesNotHoldIsKeptAsNeverCountedAndLeftOutOfTheCounts()
    {
        var cache = new TermCountCache();
        cache.Check(0);
        cache.Keep(["w:rarem"], new Dictionary<string, int>());
        cache.Saved(1, new Dictionary<string, int>(), new Dictionary<string, int>());

        Assert.True(cache.Check(1));
        Assert.Empty(cache.Unknown(["w:rarem"]));
        Assert.Empty(cache.Merge(["w:rarem"], new Dictionary<string, int>()));
    }

    [Fact]
    public void AfterAnotherWriterAssignedArticlesEveryCountIsReadAgain()
    {
        var cache = new TermCountCache();
        cache.Check(0);
        cache.Saved(4, new Dictionary<string, int>(), new Dictionary<string, int> { ["e:openai"] = 4 });

        // The store says 9 assigned, not the 4 this index left: another index assigned 5 articles, which may name OpenAI.
        Assert.False(cache.Check(9));
        Assert.Equal(["e:openai"], cache.Unknown(["e:openai"]));
        Assert.Empty(cache.Merge(["e:openai"], new Dictionary<string, int>()));
    }
}
