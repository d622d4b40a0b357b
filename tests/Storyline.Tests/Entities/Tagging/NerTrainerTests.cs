using Storyline.Entities.Tagging;
using Storyline.Evaluation.Ner;

namespace Storyline.Tests.Entities.Tagging;

/// <summary>Training on a handful of sentences written for the test: the tagger learns them and the model file round-trips.</summary>
public sealed class NerTrainerTests
{
    private static readonly LabelledSentence[] Sentences =
    [
        S("en", "Anna Berg works for Norvik in Oslo .", "B-PER I-PER O O B-ORG O B-LOC O"),
        S("en", "Norvik opened an office in Bergen .", "B-ORG O O O O B-LOC O"),
        S("en", "Lars Dahl met Anna Berg in Bergen .", "B-PER I-PER O B-PER I-PER O B-LOC O"),
        S("en", "The office in Oslo belongs to Norvik .", "O O O B-LOC O O B-ORG O"),
        S("en", "Lars Dahl left Norvik .", "B-PER I-PER O B-ORG O"),
    ];

    private static LabelledSentence S(string language, string words, string tags) => new(words.Split(' '), tags.Split(' '), language);

    [Fact]
    public void LearnsTheTrainingSentencesAndRoundTrips()
    {
        var model = new NerTrainer(null) { Epochs = 10, MinimumCount = 1 }.Train(Sentences, new NerModelInfo("test", "CC0", false));
        var tagger = new EntityTagger(model, null);
        foreach (var sentence in Sentences)
        {
            Assert.Equal(sentence.Tags, tagger.Labels(sentence.Tokens, "en").Select(l => TagSet.Labels[l]));
        }

        using var folder = new TempFolder();
        var path = folder.File("model.bin");
        model.Save(path);
        var loaded = NerModel.Load(path);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        Assert.Equal(model.Info, loaded.Info);
        var reloaded = new EntityTagger(loaded, null);
        Assert.All(Sentences, s => Assert.Equal(tagger.Labels(s.Tokens, "en"), reloaded.Labels(s.Tokens, "en")));
    }

    [Fact]
    public void ATruncatedModelFileIsRefusedWithItsName()
    {
        var model = new NerTrainer(null) { Epochs = 2, MinimumCount = 1 }.Train(Sentences, new NerModelInfo("test", "CC0", false));
        using var folder = new TempFolder();
        var path = folder.File("model.bin");
        model.Save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
        Assert.Contains("model.bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNoModelIsRefusedWithItsName()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.txt");
        File.WriteAllText(path, "These are notes, not a model.\n");

        var error = Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
        Assert.Contains("notes.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageWithAModelOfItsOwnIsTaggedWithIt()
    {
        var common = new NerTrainer(null) { Epochs = 10, MinimumCount = 1 }.Train(Sentences, new NerModelInfo("test", "CC0", false));
        // The same sentences with every organisation a place: what the own model says can only come from it.
        var swapped = Sentences.Select(s => s with { Tags = s.Tags.Select(t => t.Replace("ORG", "LOC", StringComparison.Ordinal)).ToArray() }).ToList();
        var own = new NerTrainer(null) { Epochs = 10, MinimumCount = 1 }.Train(swapped, new NerModelInfo("test", "CC0", false));
        var read = 0;
        var tagger = new EntityTagger(common, null, ownModels: new Dictionary<string, Lazy<NerModel>>
        {
            ["nb"] = new(() => { read++; return own; }),
        });
        var words = Sentences[1].Tokens;

        Assert.Equal("B-ORG", TagSet.Labels[tagger.Labels(words, "en")[0]]);
        Assert.Equal(0, read);
        Assert.Equal("B-LOC", TagSet.Labels[tagger.Labels(words, "nb")[0]]);
        Assert.Equal("B-LOC", TagSet.Labels[tagger.Labels(words, "nb")[0]]);
        Assert.Equal(1, read);
    }

    [Fact]
    public void EnglishShipsAModelOfItsOwnThatReadsWordClusters()
    {
        var models = Storyline.Entities.EntityRecognizer.ShippedLanguageModels();

        Assert.Contains("en", EntityRecognizer().OwnModelLanguages);
        Assert.True(models["en"].Value.Info.UsesClusters);
        Assert.False(Storyline.Entities.EntityRecognizer.LoadShippedModel().Info.UsesClusters);
    }

    [Fact]
    public void InsideLabelsNeverOpenASpan()
    {
        var tagger = EntityRecognizer();
        foreach (var words in new[] { "of the United Nations", "und der Europäischen Union", "SAID NEW YORK CITY OFFICIALS" })
        {
            var labels = tagger.Labels(words.Split(' '), "en");
            for (var i = 0; i < labels.Length; i++)
            {
                Assert.False(TagSet.IsInside(labels[i]) && (i == 0 || TagSet.TypeOf(labels[i - 1]) != TagSet.TypeOf(labels[i]) || labels[i - 1] == 0));
            }
        }
    }

    private static EntityTagger EntityRecognizer() => Storyline.Entities.EntityRecognizer.Default.Tagger;
}
