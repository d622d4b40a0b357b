using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Storyline;
using Storyline.Fuzz;

// Runs the whole analysis (Pipeline.Analyze: cleaning, language, entities, figures, quotes) on documents made from real
// paragraphs, broken at random (Mutations), on every core, and reports each exception by the place it was thrown, with the
// inputs that raised it saved for a test. Document i of a run is made from Random(seed, i) alone: a failure reproduces.
// Usage: Storyline.Fuzz [--seconds 60] [--seed 1] [--out DIR] [--samples samples] [--shared ../shared/eval]
var options = Options(args);
var seconds = int.Parse(options.GetValueOrDefault("seconds", "60"), CultureInfo.InvariantCulture);
var seed = int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture);
var output = options.GetValueOrDefault("out", Path.Combine(Path.GetTempPath(), "storyline-fuzz"));
var paragraphs = Paragraphs.Read(options.GetValueOrDefault("samples", "samples"), options.GetValueOrDefault("shared", Path.Combine("..", "shared", "eval")));
if (paragraphs.Count == 0)
{
    Console.Error.WriteLine("no paragraphs found: run from the project folder, or give --samples");
    return 2;
}

Directory.CreateDirectory(output);
Console.Error.WriteLine(Invariant($"{paragraphs.Count:N0} paragraphs; fuzzing for {seconds} s on {Environment.ProcessorCount} cores, seed {seed}; failing inputs go to {output}"));
var pipeline = new Pipeline();
var failures = new ConcurrentDictionary<string, int>();
var clock = Stopwatch.StartNew();
long documents = 0, characters = 0;
var slowest = (Milliseconds: 0.0, Index: -1L);
var gate = new object();
long next = -1;
Parallel.For(0, Environment.ProcessorCount, _ =>
{
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        Fuzz(Interlocked.Increment(ref next));
    }
});

void Fuzz(long i)
{
    var document = Document(new Random(HashCode.Combine(seed, i)), paragraphs, i);
    var started = Stopwatch.GetTimestamp();
    try
    {
        pipeline.Analyze(document);
    }
    catch (Exception exception)
    {
        var place = new StackTrace(exception, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("Storyline", StringComparison.Ordinal) == true);
        var key = $"{exception.GetType().Name} in {Place(place)}";
        if (failures.AddOrUpdate(key, 1, (_, n) => n + 1) <= 3)
        {
            File.WriteAllText(Path.Combine(output, Invariant($"{Safe(key)}-{i}.txt")), document.Content, System.Text.Encoding.UTF8);
            Console.Error.WriteLine(Invariant($"document {i}: {key}: {exception.Message}"));
        }
    }

    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    lock (gate)
    {
        slowest = elapsed > slowest.Milliseconds ? (elapsed, i) : slowest;
    }

    Interlocked.Add(ref characters, document.Content.Length);
    if (Interlocked.Increment(ref documents) % 2_000 == 0)
    {
        Console.Error.WriteLine(Invariant($"  {documents:N0} documents, {failures.Values.Sum()} failures, {clock.Elapsed.TotalSeconds:F0} s"));
    }
}

Console.WriteLine(Invariant($"{documents:N0} documents ({characters / Math.Max(1, documents):N0} characters on average) in {clock.Elapsed.TotalSeconds:F0} s: {documents / clock.Elapsed.TotalSeconds:N0}/s; slowest {slowest.Milliseconds:N0} ms (document {slowest.Index})"));
Console.WriteLine(failures.IsEmpty ? "no failures" : "failures by the place they were thrown:");
foreach (var (key, count) in failures.OrderByDescending(f => f.Value))
{
    Console.WriteLine(Invariant($"  {count,6}  {key}"));
}

return failures.IsEmpty ? 0 : 1;

// One to six paragraphs, most in the first one's language, each broken at random, then the whole document; a fifth of
// them as HTML with tags left open.
static RawDocument Document(Random random, IReadOnlyList<(string Language, string Text)> paragraphs, long index)
{
    var first = paragraphs[random.Next(paragraphs.Count)];
    var chosen = new List<string> { first.Text };
    for (var n = random.Next(0, 6); n > 0; n--)
    {
        var next = paragraphs[random.Next(paragraphs.Count)];
        for (var tries = 0; tries < 20 && random.Next(10) < 7 && next.Language != first.Language; tries++)
        {
            next = paragraphs[random.Next(paragraphs.Count)];
        }

        chosen.Add(next.Text);
    }

    var text = Mutations.Apply(random, string.Join("\n\n", chosen.Select(p => Mutations.Apply(random, p))));
    if (random.Next(5) == 0)
    {
        var titleEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var html = "<html><head><title>" + text[..(titleEnd < 0 ? text.Length : titleEnd)] + "</title></head><body><article><p>"
            + text.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + (random.Next(2) == 0 ? "</p></article></body></html>" : "<div><span>");
        return new RawDocument(Invariant($"fuzz-{index}.html"), ContentKind.Html, html, Invariant($"{index}"));
    }

    return new RawDocument(Invariant($"fuzz-{index}.txt"), ContentKind.Text, text, Invariant($"{index}"))
    {
        DeclaredLanguage = random.Next(3) == 0 ? first.Language : null,
    };
}

static Dictionary<string, string> Options(string[] args)
{
    var found = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        found[args[i].TrimStart('-')] = args[i + 1];
    }

    return found;
}

// "CommonNouns.Cut" for the lambda "<>c__DisplayClass1_0.<Cut>b__1" the compiler made inside CommonNouns.Cut.
static string Place(System.Reflection.MethodBase? method)
{
    var type = method?.DeclaringType;
    while (type is { DeclaringType: not null } && type.Name.StartsWith('<'))
    {
        type = type.DeclaringType;
    }

    var name = method?.Name ?? "?";
    return $"{type?.Name}.{(name.StartsWith('<') && name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end ? name[1..end] : name)}";
}

static string Safe(string key) => string.Concat(key.Select(c => char.IsLetterOrDigit(c) ? c : '-'));

static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
