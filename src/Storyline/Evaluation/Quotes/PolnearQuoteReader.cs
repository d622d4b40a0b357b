using System.Globalization;
using Storyline.Figures;
using Storyline.Quotes;
using Storyline.Text;

namespace Storyline.Evaluation.Quotes;

/// <summary>
/// Reads PolNeAR (Newell et al. 2018, <c>../shared/eval/quotes-polnear</c>): <c>text/NAME.txt</c> beside
/// <c>attributions/NAME_ANNOTATOR.ann</c> (brat: <c>T</c> lines Source, Cue, Content with code-point offsets, <c>E</c>
/// lines tying them into one attribution). A text several annotators labelled is read with the first of their files by
/// name. PolNeAR does not label direct speech: a Content piece is direct when quotation marks enclose exactly it (inside
/// or just outside the piece), otherwise indirect. Speakers: <see cref="GoldSpeakers"/>; where a source span is a lone
/// reporting verb and the cue span a name ("said" and "David Plouffe, the architect of …"), the two roles were swapped
/// by the annotator and are read the right way round.
/// </summary>
public static class PolnearQuoteReader
{
    /// <summary>Whether <paramref name="path"/> is PolNeAR's root, its <c>data</c> folder or one of its split folders.</summary>
    public static bool IsPolnear(string path) => SplitFolders(path, null).Any();

    public static IEnumerable<GoldQuoteArticle> Read(string path, QuoteSplit? split) =>
        SplitFolders(path, split).SelectMany(folder => Directory.EnumerateFiles(Path.Combine(folder, "attributions"), "*.ann")
            .GroupBy(TextName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Parse(Path.Combine(folder, "text", g.Key + ".txt"), g.Order(StringComparer.Ordinal).First())));

    private static IEnumerable<string> SplitFolders(string path, QuoteSplit? split)
    {
        if (!Directory.Exists(path))
        {
            yield break;
        }

        if (IsSplitFolder(path))
        {
            yield return path;
            yield break;
        }

        var data = Directory.Exists(Path.Combine(path, "data")) ? Path.Combine(path, "data") : path;
        foreach (var name in new[] { "dev", "test" }.Where(n => split is null || n == split.Value.ToString().ToLowerInvariant()))
        {
            if (IsSplitFolder(Path.Combine(data, name)))
            {
                yield return Path.Combine(data, name);
            }
        }
    }

    private static bool IsSplitFolder(string path) =>
        Directory.Exists(Path.Combine(path, "attributions")) && Directory.Exists(Path.Combine(path, "text"));

    // nyt_2016-09-12_visa-program_4b22.ann → nyt_2016-09-12_visa-program: the annotator's id is the last part.
    private static string TextName(string annotation)
    {
        var name = Path.GetFileNameWithoutExtension(annotation);
        var cut = name.LastIndexOf('_');
        return cut > 0 ? name[..cut] : name;
    }

    private static GoldQuoteArticle Parse(string textFile, string annotationFile)
    {
        if (!File.Exists(textFile))
        {
            throw new InvalidDataException($"{annotationFile}: no text file {textFile}");
        }

        var text = File.ReadAllText(textFile);
        var utf16 = CodePointOffsets(text);
        var spans = new Dictionary<string, (string Type, List<(int Start, int End)> Pieces)>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        var lines = File.ReadAllLines(annotationFile);
        for (var n = 0; n < lines.Length; n++)
        {
            var fields = lines[n].Split('\t');
            if (fields[0].StartsWith('T') && fields.Length >= 3)
            {
                spans[fields[0]] = ReadSpan(fields, text, utf16, $"{annotationFile}:{n + 1}");
            }
            else if (fields[0].StartsWith('E') && fields.Length >= 2)
            {
                events.Add(fields[1].Split(' ').Skip(1).Select(r => r.Split(':')).Where(r => r.Length == 2)
                    .ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal));
            }
        }

        var pieces = new List<(int Start, int End, QuoteKind Kind, int Speaker, string? Cue)>();
        var speakers = new List<(int, string?)>();
        var speakerSpans = new List<IReadOnlyList<TextSpan>>();
        foreach (var e in events.Where(e => e.ContainsKey("Content")))
        {
            string? Written(string role) => e.TryGetValue(role, out var id) && spans.TryGetValue(id, out var s)
                ? string.Join(" ", s.Pieces.Select(p => text[p.Start..p.End].Trim()))
                : null;
            IReadOnlyList<TextSpan> Placed(string role) => e.TryGetValue(role, out var id) && spans.TryGetValue(id, out var s)
                ? s.Pieces.Select(p => new TextSpan(p.Start, p.End - p.Start)).ToList()
                : [];
            var sourceSpans = Placed("Source");
            var (speaker, cue) = (Written("Source"), Written("Cue"));
            if (Swapped(speaker, cue))
            {
                // "said David Plouffe, the architect of …" labelled with "said" as the source and the name as the cue.
                (speaker, cue) = (cue, speaker);
                sourceSpans = Placed("Cue");
            }

            speakers.Add((sourceSpans.Count > 0 ? sourceSpans[0].Start : int.MaxValue, speaker));
            speakerSpans.Add(sourceSpans);
            foreach (var (start, end) in spans[e["Content"]].Pieces)
            {
                var (s, t) = Whitespace.Trimmed(text, start, end);
                var direct = Direct(text, s, t);
                (s, t) = direct ? GoldSpanTrim.Marks(text, s, t) : (s, t);
                if (t > s)
                {
                    pieces.Add((s, t, direct ? QuoteKind.Direct : QuoteKind.Indirect, speakers.Count - 1, cue));
                }
            }
        }

        var resolved = GoldSpeakers.Resolve(speakers, "en");
        var quotes = pieces.OrderBy(p => p.Start)
            .Select(p => new GoldQuote(text[p.Start..p.End], p.Start, p.Kind, resolved[p.Speaker], p.Cue, null) { SpeakerSpans = speakerSpans[p.Speaker] })
            .ToList();
        return new GoldQuoteArticle(Path.GetFileNameWithoutExtension(textFile), "en", text, quotes, SpeakersAsWritten: true);
    }

    // A source span that is one reporting verb of quotes.txt and a cue span that opens with a capital and holds none: the
    // annotator gave each the other's role.
    private static bool Swapped(string? source, string? cue)
    {
        if (source is null || cue is null || cue.Length == 0 || !char.IsUpper(cue[0]))
        {
            return false;
        }

        var cues = QuoteCues.For("en").Cues;
        var tokens = FigureTokens.Scan(source);
        var cueTokens = FigureTokens.Scan(cue);
        return tokens.Count > 0 && cues.MatchAt(source, tokens, 0) is { } match && match.Tokens == tokens.Count
            && Enumerable.Range(0, cueTokens.Count).All(i => cues.MatchAt(cue, cueTokens, i) is null);
    }

    // "T4<TAB>Content 67 202;230 260<TAB>words": the pieces, checked against the words brat wrote beside them.
    private static (string Type, List<(int Start, int End)> Pieces) ReadSpan(string[] fields, string text, int[] utf16, string where)
    {
        var head = fields[1].Split(' ', 2);
        var pieces = new List<(int, int)>();
        foreach (var range in head.Length > 1 ? head[1].Split(';') : [])
        {
            var ends = range.Split(' ');
            if (ends.Length != 2 || !int.TryParse(ends[0], CultureInfo.InvariantCulture, out var from) || !int.TryParse(ends[1], CultureInfo.InvariantCulture, out var to)
                || from < 0 || to < from || to >= utf16.Length)
            {
                throw new InvalidDataException($"{where}: bad span '{range}'");
            }

            pieces.Add((utf16[from], utf16[to]));
        }

        var written = string.Join(" ", pieces.Select(p => text[p.Item1..p.Item2]));
        if (!string.Equals(written, fields[2], StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{where}: '{fields[2]}' is not what the text has there ('{written}')");
        }

        return (head[0], pieces);
    }

    // Whether quotation marks enclose exactly [start, end): the piece's own first and last characters, or the ones just
    // outside it (“<piece>”), and the marks pair with each other and with no mark between them.
    private static bool Direct(string text, int start, int end)
    {
        bool Whole(int open, int close) => open >= 0 && close < text.Length && close > open
            && QuoteMarks.OpensAt(text, open) && QuoteMarks.Find(text[open..(close + 1)]) is [{ Open: 0 } span] && span.Close == close - open;
        return Whole(start, end - 1) || Whole(start - 1, end);
    }

    // brat counts code points; a string indexes UTF-16 units, which differ after an emoji or another astral character.
    private static int[] CodePointOffsets(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            map.Add(i);
        }

        map.Add(text.Length);
        return [.. map];
    }
}
