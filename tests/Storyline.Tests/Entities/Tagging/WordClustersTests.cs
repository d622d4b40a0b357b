using System.Text;
using Storyline.Entities.Tagging;
using Storyline.Evaluation.Ner;

namespace Storyline.Tests.Entities.Tagging;

/// <summary>
/// Word classes from word vectors: the file format, the accent-free lookup, k-means on vectors written for the test,
/// and what the classes give the tagger: a name it never saw, typed by the names it shares a class with.
/// </summary>
public sealed class WordClustersTests
{
    private static WordClusters Parse(string text) => WordClusters.Read(new StringReader(text), "test.tsv");

    [Fact]
    public void AWordWrittenWithAccentsFindsTheVectorsAccentFreeSpelling()
    {
        var clusters = Parse("rudiger\t1\t2\t3\nstrasse\t1\t2\t4\nmüller\t5\t6\t7\n");
        Assert.Equal([1, 2, 3], clusters.Of("rüdiger"));
        Assert.Equal([1, 2, 4], clusters.Of("straße"));
        Assert.Equal([5, 6, 7], clusters.Of("müller"));
        Assert.Null(clusters.Of("dedekind"));
        Assert.Equal(3, clusters.Levels);
    }

    [Theory]
    [InlineData("paris\n")]
    [InlineData("paris\t1\tx\t3\n")]
    [InlineData("berlin\t1\t2\t3\nparis\t1\t2\n")]
    [InlineData("\t1\t2\t3\n")]
    public void AMalformedLineIsRefusedWithItsNumber(string text)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(text));
        Assert.Contains("test.tsv:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SavedCompressedAndLoadedBackUnchanged()
    {
        var clusters = Parse("oslo\t0\t1\t2\nbergen\t0\t1\t3\nanna\t4\t5\t6\n");
        using var folder = new TempFolder();
        var path = folder.File("clusters.tsv.br");
        clusters.Save(path);
        var loaded = WordClusters.Load(path);
        Assert.Equal(3, loaded.Count);
        Assert.Equal([0, 1, 3], loaded.Of("bergen"));
        Assert.Equal([4, 5, 6], loaded.Of("anna"));
    }

    [Fact]
    public void KMeansPutsNeighbouringVectorsInOneClassAndTheLevelsNest()
    {
        // Two tight groups of directions, far apart: towns near the x axis, first names near the y axis.
        const string json = """
            {"dimensions": 3, "words": ["oslo", "bergen", "anna", "lars", "tromso", "kari"],
             "vectors": {"oslo": [1, 0.1, 0, 9, 0], "bergen": [1, 0.2, 0, 9, 1], "tromso": [0.9, 0, 0.1, 9, 4],
                         "anna": [0, 1, 0.1, 9, 2], "lars": [0.1, 1, 0, 9, 3], "kari": [0, 0.9, 0.2, 9, 5]}}
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var vectors = WordVectors.ReadWink(stream, "test.json");
        Assert.Equal(1f, System.Numerics.Tensors.TensorPrimitives.Norm(vectors.Of(0)), 3);

        var clusters = new WordClusterer { Clusters = 2 }.Cluster(vectors);
        Assert.Equal(clusters.Of("oslo"), clusters.Of("bergen"));
        Assert.Equal(clusters.Of("oslo"), clusters.Of("tromso"));
        Assert.Equal(clusters.Of("anna"), clusters.Of("kari"));
        Assert.NotEqual(clusters.Of("oslo")![2], clusters.Of("anna")![2]);
    }

    [Fact]
    public void ANotWinkFileIsRefusedWithItsName()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"words": []}"""));
        var error = Assert.Throws<InvalidDataException>(() => WordVectors.ReadWink(stream, "vectors.json"));
        Assert.Contains("vectors.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameNeverSeenInTrainingIsTypedByTheNamesInItsClass()
    {
        // Towns and people follow the same verbs; the test sentences put new names after a verb never seen. Only the
        // classes say that Tromsø goes with the towns and Kari with the people.
        string[] towns = ["Oslo", "Bergen", "Trondheim", "Stavanger"], people = ["Anna", "Lars", "Ingrid", "Nils"];
        var clusters = Parse(string.Concat(towns.Append("Tromso").Select(t => $"{t.ToLowerInvariant()}\t0\t0\t0\n"))
            + string.Concat(people.Append("Kari").Select(p => $"{p.ToLowerInvariant()}\t1\t1\t1\n")));
        var sentences = towns.Zip(people).SelectMany(pair => new[] { "Visit", "Ask" }.SelectMany(verb => new[]
        {
            S($"{verb} {pair.First} today .", "O B-LOC O O"),
            S($"{verb} {pair.Second} today .", "O B-PER O O"),
        })).ToArray();
        var info = new NerModelInfo("test", "CC0", false);
        var model = new NerTrainer(null, clusters) { Epochs = 10, MinimumCount = 1 }.Train(sentences, info);
        Assert.True(model.Info.UsesClusters);
        var tagger = new EntityTagger(model, null, clusters);
        Assert.Equal("B-LOC", TagSet.Labels[tagger.Labels(["Meet", "Tromsø", "today", "."], "en")[1]]);
        Assert.Equal("B-PER", TagSet.Labels[tagger.Labels(["Meet", "Kari", "today", "."], "en")[1]]);
        var without = new EntityTagger(new NerTrainer(null) { Epochs = 10, MinimumCount = 1 }.Train(sentences, info), null);
        Assert.Equal(
            without.Labels(["Meet", "Tromsø", "today", "."], "en")[1],
            without.Labels(["Meet", "Kari", "today", "."], "en")[1]);

        using var folder = new TempFolder();
        var path = folder.File("model.bin");
        model.Save(path);
        Assert.True(NerModel.Load(path).Info.UsesClusters);
    }

    [Fact]
    public void TheShippedClassesGroupPlacesApartFromVerbs()
    {
        var shipped = WordClusters.Shipped;
        Assert.True(shipped.Count > 300_000, $"{shipped.Count} words");
        Assert.Equal(shipped.Of("paris")![0], shipped.Of("berlin")![0]);
        Assert.NotEqual(shipped.Of("paris")![0], shipped.Of("said")![0]);
        Assert.Equal(shipped.Of("zurich"), shipped.Of("zürich"));
    }

    private static LabelledSentence S(string words, string tags) => new(words.Split(' '), tags.Split(' '), "en");
}
