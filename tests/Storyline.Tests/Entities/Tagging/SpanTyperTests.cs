using Storyline.Entities.Tagging;
using Storyline.Evaluation.Ner;

namespace Storyline.Tests.Entities.Tagging;

/// <summary>
/// The second opinion on each name's type: trained on sentences written for the test, it reads a name as a whole and the
/// words around it, retypes what the tagger typed otherwise, and never adds, drops or moves a name.
/// </summary>
public sealed class SpanTyperTests
{
    // Names the tagger cannot tell apart by their own shape: the words around them and their endings say the type.
    private static readonly LabelledSentence[] Sentences =
    [
        S("Brenna Holt said on Monday that the deal was done .", "B-PER I-PER O O O O O O O O O"),
        S("Talvik Systems said its profit rose .", "B-ORG I-ORG O O O O O"),
        S("The ferry sailed from Kerrow Bay to Dunmere .", "O O O O B-LOC I-LOC O B-LOC O"),
        S("Osric Vale said the album sold well .", "B-PER I-PER O O O O O O"),
        S("Shares in Marlow Systems fell after the results .", "O O B-ORG I-ORG O O O O O"),
        S("Flooding hit Ardley Bay and the town of Dunmere .", "O O B-LOC I-LOC O O O O B-LOC O"),
        S("Rowan Pike said the vote would be close .", "B-PER I-PER O O O O O O O"),
        S("Corvane Systems cut 200 jobs .", "B-ORG I-ORG O O O O"),
        S("Storms closed the port at Penhale Bay .", "O O O O O B-LOC I-LOC O"),
        S("He watched the film Grey Harbour twice .", "O O O O B-MISC I-MISC O O"),
        S("The film Iron Meadow won a prize .", "O O B-MISC I-MISC O O O O"),
        S("Critics praised the film Salt Line .", "O O O O B-MISC I-MISC O"),
    ];

    private static LabelledSentence S(string words, string tags) => new(words.Split(' '), tags.Split(' '), "en");

    private static readonly GazetteerLabeller NoGazetteer = new((_, _) => null);

    private static readonly WordClusters NoClusters = new([]);

    private static NerModel Train() =>
        new SpanTypeTrainer(NoGazetteer, NoClusters) { Epochs = 10 }.Train(Sentences, new NerModelInfo("test", "CC0", true, true));

    private static int[] Labels(params string[] tags) => tags.Select(TagSet.Index).ToArray();

    [Fact]
    public void ANameTheTaggerTypedOtherwiseIsRetypedByItsEnding()
    {
        var typer = new SpanTyper(Train(), NoGazetteer, NoClusters);
        var words = "Quillon Systems opened an office .".Split(' ');
        var labels = Labels("B-PER", "I-PER", "O", "O", "O", "O");

        typer.Retype(words, labels, (_, _) => new float[TagSet.Types.Count]);

        Assert.Equal(Labels("B-ORG", "I-ORG", "O", "O", "O", "O"), labels);
    }

    [Fact]
    public void TheWordsAroundANameSayItsType()
    {
        var typer = new SpanTyper(Train(), NoGazetteer, NoClusters);
        var words = "Reviewers loved the film Blue Orchard .".Split(' ');
        var labels = Labels("O", "O", "O", "O", "B-LOC", "I-LOC", "O");

        typer.Retype(words, labels, (_, _) => new float[TagSet.Types.Count]);

        Assert.Equal("B-MISC", TagSet.Labels[labels[4]]);
        Assert.Equal("I-MISC", TagSet.Labels[labels[5]]);
    }

    [Fact]
    public void TheTaggersOwnScoresCountToo()
    {
        var typer = new SpanTyper(Train(), NoGazetteer, NoClusters);
        var words = "Quillon Systems opened an office .".Split(' ');
        var labels = Labels("B-ORG", "I-ORG", "O", "O", "O", "O");
        var sure = new float[TagSet.Types.Count];
        sure[TagSet.Types.ToList().IndexOf("LOC")] = 1e4f;

        typer.Retype(words, labels, (_, _) => sure);

        Assert.Equal(Labels("B-LOC", "I-LOC", "O", "O", "O", "O"), labels);
    }

    [Fact]
    public void NoNameIsAddedDroppedOrMoved()
    {
        var typer = new SpanTyper(Train(), NoGazetteer, NoClusters);
        var words = "Brenna Holt met Osric Vale in Kerrow Bay .".Split(' ');
        var labels = Labels("B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O", "B-PER", "I-PER", "O");

        typer.Retype(words, labels, (_, _) => new float[TagSet.Types.Count]);

        Assert.Equal([(0, 2), (3, 5), (6, 8)], EntityTagger.Spans(labels).Select(s => (s.Start, s.End)));
        Assert.All(new[] { 2, 5, 8 }, i => Assert.Equal(0, labels[i]));
    }

    [Fact]
    public void ItsModelFileRoundTripsAndATaggersReaderRefusesIt()
    {
        var model = Train();
        using var folder = new TempFolder();
        var path = folder.File("span-types.bin");
        model.Save(path);

        var loaded = NerModel.Load(path, TagSet.Types.Count);
        Assert.Equal(TagSet.Types.Count, loaded.Labels);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
        Assert.Contains("span-types.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDecodedTypeOfASpanIsTheTaggersBestReadingOfIt()
    {
        // Viterbi maximises the whole path: reading one span as another type, all else kept, can only score less.
        var model = new NerTrainer(null) { Epochs = 10, MinimumCount = 1 }.Train(Sentences, new NerModelInfo("test", "CC0", false));
        foreach (var sentence in Sentences)
        {
            var features = new SentenceFeatures(sentence.Tokens, null, "en");
            var path = ViterbiDecoder.Decode(features, model.Score);
            foreach (var span in EntityTagger.Spans(path))
            {
                var scores = ViterbiDecoder.SpanScores(features, model.Score, path, span.Start, span.End);
                Assert.Equal(TagSet.Types.ToList().IndexOf(span.Type), Array.IndexOf(scores, scores.Max()));
            }
        }
    }

    [Fact]
    public void SeveralRunsAreAveragedIntoOneModelThatScoresAsTheirMean()
    {
        var info = new NerModelInfo("test", "CC0", true, true);
        var (a, b) = (new SpanTypeTrainer(NoGazetteer, NoClusters) { Epochs = 3, Runs = 1, Seed = 1 }.Train(Sentences, info),
            new SpanTypeTrainer(NoGazetteer, NoClusters) { Epochs = 3, Runs = 1, Seed = 2 }.Train(Sentences, info));
        var mean = NerModel.Mean([a, b], info);
        var words = "Reviewers loved the film Blue Orchard .".Split(' ');
        var features = SpanFeatures.Of(words.Select(w => w.ToLowerInvariant()).ToArray(), words, 4, 6, new string?[words.Length], NoClusters).ToArray();
        var (sa, sb, sm) = (new float[4], new float[4], new float[4]);

        a.Score(features, sa);
        b.Score(features, sb);
        mean.Score(features, sm);

        Assert.Equal(4, mean.Labels);
        Assert.All(Enumerable.Range(0, 4), k => Assert.Equal((sa[k] + sb[k]) / 2, sm[k], 3));
        Assert.NotEqual(sa, sb);
    }

    [Fact]
    public void TheShippedTyperReadsGermanEnglishSpanishAndFrenchArticles()
    {
        Assert.NotNull(SpanTyper.Shipped);
        Assert.Equal(TagSet.Types.Count, SpanTyper.Shipped!.Model.Labels);
        Assert.Contains("CC BY-NC-SA", SpanTyper.Shipped.Model.Info.Licence, StringComparison.Ordinal);
        Assert.Equal(["de", "en", "es", "fr"], SpanTyper.Languages.Order(StringComparer.Ordinal));
    }
}
