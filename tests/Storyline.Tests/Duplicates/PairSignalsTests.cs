using Storyline.Duplicates;
using Storyline.Evaluation.Duplicates;

namespace Storyline.Tests.Duplicates;

public sealed class PairSignalsTests
{
    [Fact]
    public void ATranslationSharesMoreOfEverySignalThanAnotherEventOfTheSameCompany()
    {
        var wire = DuplicateJudgeTests.Analyze(DuplicateTexts.Wire, "en", "wire");
        var french = DuplicateJudgeTests.Analyze(DuplicateTexts.French, "fr", "french");
        var other = DuplicateJudgeTests.Analyze(DuplicateTexts.OtherEvent, "en", "other");

        var translated = PairSignals.Of(wire, french, ArticleProfile.Of(wire), ArticleProfile.Of(french));
        var unrelated = PairSignals.Of(wire, other, ArticleProfile.Of(wire), ArticleProfile.Of(other));

        foreach (var signal in new[] { "entities", "figures", "anchors", "alignment", "duplicate" })
        {
            var i = PairSignals.Names.ToList().IndexOf(signal);
            Assert.True(translated[i] > unrelated[i], $"{signal}: {translated[i]} against {unrelated[i]}");
        }
    }

    [Fact]
    public void StoryPairsAreReadFromQuotedCsvAndEmptyTextsAreSkipped()
    {
        using var folder = new TempFolder();
        var path = folder.File("pairs.csv");
        File.WriteAllText(path, """"
            ,pair_id,lang1,lang2,text1,text2,Overall
            0,1_2,en,de,"Text, with a comma
            and a line break",Ein Text,1.0
            1,3_4,fr,fr,,Un texte,4.0
            2,5_6,es,it,"Dijo ""sí""",Testo,3.6666666666666665
            """");

        var pairs = StoryPairReader.Read(path);

        Assert.Equal(["1_2", "5_6"], pairs.Select(p => p.Id));
        Assert.True(pairs[0].CrossLanguage);
        Assert.Equal("Text, with a comma\nand a line break", pairs[0].Text1);
        Assert.Equal("Dijo \"sí\"", pairs[1].Text1);
        Assert.Equal(3.667, pairs[1].Overall, 3);
    }
}
