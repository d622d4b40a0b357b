using System.Diagnostics;
using Storyline.Ingest;
using Storyline.Ingest.Html;
using Storyline.Languages;
using Storyline.Storage.Sqlite;
using Storyline.Text;

namespace Storyline.Throughput.Measurement;

/// <summary>
/// Where an ingest's time goes: the first documents of a corpus run through the public stages one at a time, on one
/// thread, with a stopwatch around each. The steps follow <see cref="Pipeline.Analyze"/> and IngestRun (read, id,
/// extract, normalise, boilerplate, language, store); when those change, change this too, or the shares will lie.
/// </summary>
public static class StageProfile
{
    // Tiered JIT and Lingua's lazy model loads out of the timed pass.
    private const int WarmUp = 200;

    private const int StoreBatch = 256;

    public static async Task<StageTimes> RunAsync(string folder, int limit)
    {
        var walker = new InputWalker(new IngestOptions());
        var read = Stopwatch.StartNew();
        var documents = walker.Walk([folder]).Take(limit).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        read.Stop();

        var database = Path.Combine(Path.GetTempPath(), $"storyline-profile-{Environment.ProcessId}.db");
        try
        {
            await using var store = await SqliteArticleStore.OpenAsync(database).ConfigureAwait(false);
            var stages = new Stages(LanguageResources.Embedded, new LanguageIdentifier());
            foreach (var document in documents.Take(WarmUp))
            {
                stages.Analyze(document, new Dictionary<string, TimeSpan>(StringComparer.Ordinal));
            }

            var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal) { ["1 read + decode"] = read.Elapsed };
            var batch = new List<Article>(StoreBatch);
            foreach (var document in documents)
            {
                batch.Add(stages.Analyze(document, times));
                if (batch.Count == StoreBatch || document == documents[^1])
                {
                    var clock = Stopwatch.StartNew();
                    await store.AddAsync(batch, CancellationToken.None).ConfigureAwait(false);
                    Add(times, "10 store", clock.Elapsed);
                    batch.Clear();
                }
            }

            return new StageTimes(
                documents.Count,
                times.ToDictionary(t => t.Key, t => t.Value.TotalMicroseconds / Math.Max(1, documents.Count), StringComparer.Ordinal));
        }
        finally
        {
            foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    private static void Add(Dictionary<string, TimeSpan> times, string stage, TimeSpan elapsed) =>
        times[stage] = times.GetValueOrDefault(stage) + elapsed;

    /// <summary>The stages of <see cref="Pipeline.Analyze"/>, each behind a stopwatch.</summary>
    private sealed class Stages(LanguageResources resources, LanguageIdentifier languages)
    {
        private readonly TextNormalizer normalizer = new();
        private readonly HtmlArticleExtractor html = new();
        private readonly BoilerplateRemover boilerplate = new(resources.AllBoilerplate());

        public Article Analyze(RawDocument document, Dictionary<string, TimeSpan> times)
        {
            var clock = Stopwatch.StartNew();
            var id = Pipeline.IdentityOf(document);
            Add(times, "1 id (SHA-256)", clock.Elapsed);

            clock.Restart();
            var page = document.Kind == ContentKind.Html ? html.Extract(document.Content, document.Url) : null;
            var blocks = document.Kind == ContentKind.HtmlFragment ? HtmlFragmentText.Paragraphs(document.Content) : page?.Paragraphs;
            Add(times, "2 HTML extract", clock.Elapsed);

            clock.Restart();
            var paragraphs = blocks is null
                ? normalizer.Paragraphs(document.Content)
                : blocks.Select(b => normalizer.Normalize(b).Trim()).Where(p => p.Length > 0).ToList();
            Add(times, "2 normalise", clock.Elapsed);

            clock.Restart();
            var cleaned = boilerplate.Remove(paragraphs);
            Add(times, "3 boilerplate", clock.Elapsed);

            clock.Restart();
            var found = languages.IdentifyArticle(cleaned.Kept, document.DeclaredLanguage ?? page?.Language);
            Add(times, "4 language", clock.Elapsed);

            return new Article
            {
                Id = id,
                Source = document.Source,
                Url = document.Url,
                Language = found.Main.Code,
                LanguageConfidence = found.Main.Confidence,
                Title = document.Title ?? page?.Title,
                Text = string.Join(Pipeline.ParagraphSeparator, cleaned.Kept),
                Removed = cleaned.Removed,
                ForeignSpans = [],
                RawHash = document.RawHash,
            };
        }
    }
}
