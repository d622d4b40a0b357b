using Storyline.Duplicates;

namespace Storyline.Tests.Duplicates;

/// <summary>Prints indexed but not filed yet are met as the store's are: counted per shared print, the latest few per print.</summary>
public sealed class PendingPrintsTests
{
    [Fact]
    public void EachSharedPrintCountsOnceForEveryPendingArticleThatHasIt()
    {
        var pending = new PendingPrints();
        pending.Add(1, [10, 11, 12]);
        pending.Add(2, [11, 12, 13]);
        var shared = new Dictionary<long, int> { [7] = 3 };

        pending.Count([11, 12, 99], shared);

        Assert.Equal(new Dictionary<long, int> { [7] = 3, [1] = 2, [2] = 2 }, shared);
    }

    [Fact]
    public void ABurstOfCopiesKeepsOnlyTheLatestArticlesOfAPrint()
    {
        var pending = new PendingPrints();
        for (var row = 1; row <= 1000; row++)
        {
            pending.Add(row, [42]);
        }

        var shared = new Dictionary<long, int>();
        pending.Count([42], shared);

        Assert.Equal(Enumerable.Range(1000 - DuplicateIndex.PerPrint + 1, DuplicateIndex.PerPrint).Select(r => (long)r), shared.Keys.Order());
    }

    [Fact]
    public void FiledArticlesAreForgotten()
    {
        var pending = new PendingPrints();
        pending.Add(1, [10, 11]);

        pending.Clear();
        var shared = new Dictionary<long, int>();
        pending.Count([10, 11], shared);

        Assert.Empty(shared);
    }
}
