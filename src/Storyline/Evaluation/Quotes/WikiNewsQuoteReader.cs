using System.Text.Json;
using Storyline.Quotes;

namespace Storyline.Evaluation.Quotes;

/// <summary>
/// Reads the German WikiNews quotation data (Petersen-Frey and Biemann 2024, <c>../shared/eval/quotes-german-wikinews</c>):
/// one JSON file an article, <c>originalText</c> and <c>annotations: [{type, quote, speaker, cue}]</c> with character
/// spans. Type Direct is a direct quote; Indirect, FreeIndirect, IndirectFreeIndirect and Reported are indirect. A quote
/// written in several pieces gives one gold quote a piece. Direct pieces include their quotation marks in the data and
/// lose them here, since the stage's spans cover the quoted words only. Speakers: <see cref="GoldSpeakers"/>.
/// </summary>
public static class WikiNewsQuoteReader
{
    /// <summary>Whether <paramref name="path"/> is a folder whose JSON files are WikiNews quotation articles.</summary>
    public static bool IsWikiNews(string path)
    {
        if (!Directory.Exists(path) || Files(path).FirstOrDefault() is not { } first)
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(first));
            return json.RootElement.TryGetProperty("originalText", out _) && json.RootElement.TryGetProperty("annotations", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static IEnumerable<GoldQuoteArticle> Read(string path, QuoteSplit? split) =>
        Files(path).Where((_, i) => split is null || QuoteSplits.Of(i) == split).Select(Parse);

    // Sorted by file name alone, so that the split does not depend on where the folder sits.
    private static List<string> Files(string path) => Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)
        .OrderBy(Path.GetFileName, StringComparer.Ordinal).ToList();

    private static GoldQuoteArticle Parse(string file)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var text = root.GetProperty("originalText").GetString() ?? throw new InvalidDataException($"{file}: no originalText");
            var pieces = new List<(int Start, int End, QuoteKind Kind, int Speaker, string? Cue)>();
            var speakers = new List<(int, string?)>();
            var speakerSpans = new List<IReadOnlyList<TextSpan>>();
            foreach (var a in root.GetProperty("annotations").EnumerateArray())
            {
                var kind = a.GetProperty("type").GetString() == "Direct" ? QuoteKind.Direct : QuoteKind.Indirect;
                var speaker = Spans(a, "speaker", text, file);
                speakers.Add(speaker.Count == 0 ? (int.MaxValue, null) : (speaker[0].Start, Written(text, speaker)));
                speakerSpans.Add(speaker.Select(p => new TextSpan(p.Start, p.End - p.Start)).ToList());
                var cue = Spans(a, "cue", text, file) is { Count: > 0 } c ? Written(text, c) : null;
                foreach (var (start, end) in Spans(a, "quote", text, file))
                {
                    var (s, e) = kind == QuoteKind.Direct ? GoldSpanTrim.Marks(text, start, end) : GoldSpanTrim.Reported(text, start, end, QuoteCues.For("de").Reporting.Conjunctions);
                    if (e > s)
                    {
                        pieces.Add((s, e, kind, speakers.Count - 1, cue));
                    }
                }
            }

            var resolved = GoldSpeakers.Resolve(speakers, "de");
            // The data labels some quotes twice (a nested frame, a second type): one span counts once.
            var quotes = pieces.DistinctBy(p => (p.Start, p.End, p.Kind)).OrderBy(p => p.Start)
                .Select(p => new GoldQuote(text[p.Start..p.End], p.Start, p.Kind, resolved[p.Speaker], p.Cue, null) { SpeakerSpans = speakerSpans[p.Speaker] })
                .ToList();
            return new GoldQuoteArticle(Path.GetFileNameWithoutExtension(file), "de", text, quotes, SpeakersAsWritten: true, NestedDirect: true);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{file}: {e.Message}", e);
        }
    }

    private static List<(int Start, int End)> Spans(JsonElement annotation, string name, string text, string file)
    {
        var spans = new List<(int, int)>();
        if (!annotation.TryGetProperty(name, out var part) || part.ValueKind != JsonValueKind.Object)
        {
            return spans;
        }

        foreach (var span in part.GetProperty("spans").EnumerateArray())
        {
            var (start, end) = (span.GetProperty("charBegin").GetInt32(), span.GetProperty("charEnd").GetInt32());
            if (start < 0 || end > text.Length || end < start)
            {
                throw new InvalidDataException($"{file}: {name} span {start}-{end} lies outside the text ({text.Length} characters)");
            }

            spans.Add((start, end));
        }

        return spans;
    }

    private static string Written(string text, List<(int Start, int End)> spans) =>
        string.Join(" ", spans.Select(s => text[s.Start..s.End].Trim()));
}
