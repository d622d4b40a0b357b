using System.Diagnostics;
using System.Globalization;
using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Entities.Tagging;
using Storyline.Evaluation.Ner;
using Storyline.Languages;

// Speed of the entity stage on one core: model load, tagger sentences/s, whole-stage words/s and how time grows with
// the length of one unpunctuated text. Usage: Storyline.NerSpeed [CONLL-PATH...] (default: ../shared/eval/ner-wikineural).
var inputs = args.Length > 0 ? args : [Path.Combine("..", "shared", "eval", "ner-wikineural", "wikineural")];
var clock = Stopwatch.StartNew();
var model = EntityRecognizer.LoadShippedModel();
var load = clock.Elapsed;
Console.WriteLine(Invariant($"common model load: {load.TotalMilliseconds:F0} ms ({model.FeatureCount:N0} features)"));
var own = EntityRecognizer.ShippedLanguageModels();
foreach (var (language, lazy) in own)
{
    clock.Restart();
    var languageModel = lazy.Value;
    Console.WriteLine(Invariant($"{language} model load: {clock.Elapsed.TotalMilliseconds:F0} ms ({languageModel.FeatureCount:N0} features)"));
}

clock.Restart();
var clusters = model.Info.UsesClusters || own.Values.Any(m => m.Value.Info.UsesClusters) ? WordClusters.Shipped : null;
Console.WriteLine(Invariant($"word clusters: {clock.Elapsed.TotalMilliseconds:F0} ms ({clusters?.Count ?? 0:N0} words)"));
clock.Restart();
var typer = SpanTyper.Shipped;
Console.WriteLine(Invariant($"span typer load: {clock.Elapsed.TotalMilliseconds:F0} ms ({typer?.Model.FeatureCount ?? 0:N0} features; with the gazetteer labeller)"));
clock.Restart();
var nouns = NounLexicon.Read(LanguageResources.Embedded, "de");
Console.WriteLine(Invariant($"German noun lexicon: {clock.Elapsed.TotalMilliseconds:F0} ms ({nouns.Count:N0} forms; read once, on the first German article)"));
clock.Restart();
var recognizer = new EntityRecognizer(model, NameCatalog.Embedded, LanguageResources.Embedded, own, typer);
Console.WriteLine(Invariant($"catalog and language data: {clock.Elapsed.TotalMilliseconds:F0} ms"));

var sentences = NerCorpus.Read(NerCorpus.Files(inputs), NerSplit.Test);
var tokens = sentences.Sum(s => s.Tokens.Count);
// Two passes first, so that every model is read and the JIT has done its tiering before the clock runs.
for (var pass = 0; pass < 2; pass++)
{
    foreach (var s in sentences)
    {
        recognizer.Tagger.Labels(s.Tokens, s.Language);
    }
}

var rate = SentencesPerSecond(sentences, TimeSpan.FromSeconds(10));
Console.WriteLine(Invariant($"tagger, one thread: {rate:N0} sentences/s, {rate * tokens / sentences.Count:N0} tokens/s ({sentences.Count:N0} sentences, {tokens / (double)sentences.Count:F1} tokens each)"));
foreach (var group in sentences.GroupBy(s => s.Language).OrderBy(g => g.Key))
{
    var which = own.ContainsKey(group.Key) ? "its own model" : "the common model";
    Console.WriteLine(Invariant($"  {group.Key} ({which}): {SentencesPerSecond(group.ToList(), TimeSpan.FromSeconds(3)):N0} sentences/s"));
}

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

// Tags the sentences over and over for at least the given time.
double SentencesPerSecond(IReadOnlyList<LabelledSentence> part, TimeSpan least)
{
    var watch = Stopwatch.StartNew();
    var passes = 0;
    while (watch.Elapsed < least || passes == 0)
    {
        foreach (var s in part)
        {
            recognizer.Tagger.Labels(s.Tokens, s.Language);
        }

        passes++;
    }

    return passes * part.Count / watch.Elapsed.TotalSeconds;
}

static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
