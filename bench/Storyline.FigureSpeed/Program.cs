using System.Diagnostics;
using System.Globalization;
using Storyline.Entities;
using Storyline.Evaluation.Figures;
using Storyline.Figures;

// Speed of the figure stage alone (entities recognised beforehand, as the pipeline hands them over) on one core, and
// how its time grows with the length of one text. Usage: Storyline.FigureSpeed [GOLD-ARTICLES-PATH] (default: samples/gold).
var path = args.Length > 0 ? args[0] : Path.Combine("samples", "gold");
var articles = GoldFigureReader.Read(path)
    .Select(a => (a.Text, a.Language, a.Published, Entities: EntityRecognizer.Default.Recognize(a.Text, a.Language)))
    .ToList();
var clock = Stopwatch.StartNew();
FigureRecognizer.Default.Recognize(articles[0].Text, articles[0].Language, articles[0].Entities, articles[0].Published);
Console.WriteLine(Invariant($"first call (language data, number and date words): {clock.Elapsed.TotalMilliseconds:F0} ms"));

clock.Restart();
long words = 0, figures = 0;
var rounds = 0;
while (clock.Elapsed < TimeSpan.FromSeconds(10) || rounds == 0)
{
    foreach (var (text, language, published, entities) in articles)
    {
        figures += FigureRecognizer.Default.Recognize(text, language, entities, published).Count;
        words += text.Count(c => c == ' ') + 1;
    }

    rounds++;
}

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(Invariant($"figure stage, one thread: {rounds * articles.Count / seconds:N0} articles/s, {words / seconds:N0} words/s, {figures / seconds:N0} figures/s ({articles.Count} sample articles)"));

foreach (var length in new[] { 1_000, 10_000, 100_000 })
{
    var text = string.Join(' ', Enumerable.Range(0, length).Select(i => i % 29 == 0 ? "6,6 milliards de dollars" : i % 13 == 0 ? "plus de 200" : "mot"));
    FigureRecognizer.Default.Recognize(text, "fr", [], null);
    clock.Restart();
    var found = FigureRecognizer.Default.Recognize(text, "fr", [], null).Count;
    Console.WriteLine(Invariant($"one text of {length:N0} words without full stops: {clock.Elapsed.TotalMilliseconds:F0} ms ({found:N0} figures)"));
}

return 0;

static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
