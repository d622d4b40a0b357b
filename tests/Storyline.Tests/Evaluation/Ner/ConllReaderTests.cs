using Storyline.Evaluation.Ner;

namespace Storyline.Tests.Evaluation.Ner;

public sealed class ConllReaderTests
{
    [Fact]
    public void ReadsIndexedTabSeparatedSentences()
    {
        using var folder = new TempFolder();
        var path = folder.File("de/test.conllu");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "0\tAnna\tB-PER\n1\tBerg\tI-PER\n2\tlacht\tO\n\n0\tIn\tO\n1\tOslo\tB-LOC\n\n");
        var sentences = ConllReader.Read(path, ConllReader.LanguageOf(path)!).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal("de", sentences[0].Language);
        Assert.Equal(["Anna", "Berg", "lacht"], sentences[0].Tokens);
        Assert.Equal(["B-PER", "I-PER", "O"], sentences[0].Tags);
    }

    [Fact]
    public void TurnsIob1IntoBioAndCutsUnbrokenTextAtSentenceEnds()
    {
        using var folder = new TempFolder();
        var path = folder.File("enp_FR.x.bio");
        File.WriteAllText(path, "Monsieur O\nDupont I-PER\nLyon I-LOC\nquitte O\nici O\n. O\nIl O\nvient O\nde O\nParis I-LOC\naujourd'hui O\n. O\n");
        var sentences = ConllReader.Read(path, ConllReader.LanguageOf(path)!).ToList();
        Assert.Equal("fr", sentences[0].Language);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["O", "B-PER", "B-LOC", "O", "O", "O"], sentences[0].Tags);
        Assert.Equal("B-LOC", sentences[1].Tags[3]);
    }

    [Fact]
    public void ATokenWithoutATagIsOutsideAnyEntity()
    {
        using var folder = new TempFolder();
        var path = folder.File("en.conll");
        File.WriteAllText(path, "Anna B-PER\nBerg\nlaughs O\n");
        var sentence = Assert.Single(ConllReader.Read(path, "en"));
        Assert.Equal(["B-PER", "O", "O"], sentence.Tags);
    }

    [Fact]
    public void SpanTallyCountsExactSpansOnly()
    {
        var tally = new SpanTally();
        tally.Add("en", [(0, 2, "PER"), (5, 6, "LOC")], [(0, 2, "PER"), (5, 7, "LOC"), (8, 9, "ORG")]);
        var all = tally.Results().Single(r => r.Language == "all" && r.Type == "all");
        Assert.Equal((1, 2, 1), (all.TruePositives, all.FalsePositives, all.FalseNegatives));
        Assert.Equal(1.0 / 3, all.Precision, 6);
        Assert.Equal(0.5, all.Recall, 6);
    }

    [Fact]
    public void SplitsKeepBlocksOfFiftySentencesTogether()
    {
        Assert.Equal(NerSplit.Test, NerSplits.Of(0));
        Assert.Equal(NerSplit.Test, NerSplits.Of(49));
        Assert.Equal(NerSplit.Dev, NerSplits.Of(50));
        Assert.Equal(NerSplit.Train, NerSplits.Of(100));
        Assert.Equal(NerSplit.Test, NerSplits.Of(500));
    }
}
