using Storyline.Evaluation.Ner;

namespace Storyline.Tests.Evaluation.Ner;

public sealed class NerCorpusTests
{
    [Fact]
    public void AGivenLanguageFillsInOnlyWhereThePathNamesNone()
    {
        using var folder = new TempFolder();
        folder.Write("data/de/test.conllu", "0\tAnna\tB-PER\n\n");
        folder.Write("data/fr/test.conllu", "0\tAnne\tB-PER\n\n");
        folder.Write("data/unnamed.conll", "Ann B-PER\n");

        var files = NerCorpus.Files([folder.File("data")], "en");

        Assert.Equal(["de", "fr", "en"], files.Select(f => f.Language).ToList());
    }
}
