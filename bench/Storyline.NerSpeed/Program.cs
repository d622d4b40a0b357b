using System.Diagnostics;
using System.Globalization;
using Storyline.Entities;
using Storyline.Entities.Tagging;
using Storyline.Evaluation.Ner;

// Speed of the entity stage on one core: model load, tagger sentences/s, whole-stage words/s and how time grows with
// the length of one unpunctuated text. Usage: Storyline.NerSpeed [CONLL-PATH...] (default: ../shared/eval/ner-wikineural).
var inputs = args.Length > 0 ? args : [Path.Combine("..", "shared", "eval", "ner-wikineural", "wikineural")];
var clock = Stopwatch.StartNew();
var model = EntityRecognizer.LoadShippedModel();
var load = clock.Elapsed;
var clusters = model.Info.UsesClusters ? WordClusters.Shipped : null;
var clustersLoad = clock.Elapsed - load;
var recognizer = EntityRecognizer.WithModel(model);
var catalogAndCues = clock.Elapsed - load - clustersLoad;
Console.WriteLine(Invariant($"model load: {load.TotalMilliseconds:F0} ms ({model.FeatureCount:N0} features); word clusters: {clustersLoad.TotalMilliseconds:F0} ms ({clusters?.Count ?? 0:N0} words); catalog and language data: {catalogAndCues.TotalMilliseconds:F0} ms"));

var sentences = NerCorpus.Read(NerCorpus.Files(inputs), NerSplit.Test);
var tokens = sentences.Sum(s => s.Tokens.Count);
foreach (var s in sentences.Take(500))
{
    recognizer.Tagger.Labels(s.Tokens, s.Language);
}

clock.Restart();
var rounds = 0;
while (clock.Elapsed < TimeSpan.FromSeconds(10) || rounds == 0)
{
    foreach (var s in sentences)
    {
        recognizer.Tagger.Labels(s.Tokens, s.Language);
    }

    rounds++;
}

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(Invariant($"tagger, one thread: {rounds * sentences.Count / seconds:N0} sentences/s, {rounds * tokens / seconds:N0} tokens/s ({sentences.Count:N0} sentences, {tokens / (double)sentences.Count:F1} tokens each)"));

var texts = sentences.Chunk(20).Select(c => (string.Join(' ', c.SelectMany(s => s.Tokens)), c[0].Language)).ToList();
clock.Restart();
var words = 0L;
foreach (var (text, language) in texts)
{
    recognizer.Recognize(text, language);
    words += text.Count(c => c == ' ') + 1;
}

Console.WriteLine(Invariant($"whole stage (tokenise, tag, group), one thread: {words / clock.Elapsed.TotalSeconds:N0} words/s"));

foreach (var length in new[] { 1_000, 10_000, 100_000 })
{
    var text = string.Join(' ', Enumerable.Range(0, length).Select(i => i % 37 == 0 ? "Airbus" : i % 11 == 0 ? "Toulouse" : "word"));
    recognizer.Recognize(text, "en");
    clock.Restart();
    recognizer.Recognize(text, "en");
    Console.WriteLine(Invariant($"one text of {length:N0} words without punctuation: {clock.Elapsed.TotalMilliseconds:F0} ms"));
}

return 0;

static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
