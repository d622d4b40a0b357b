namespace Storyline.DuplicateBench.Corpus;

/// <summary>
/// Decides, one article after the other from one seed, what each article is: about 70 % originals of lognormal length
/// (median ~350 words, 50 to 3,000), 10 % exact copies, 5 % with a paragraph added, 5 % with one removed and 10 % rewrites
/// of an earlier article at most <see cref="Window"/> articles back (most of them recent); plus bursts of
/// <see cref="BurstCopies"/> copies of one piece, one copy in every <see cref="BurstSpacing"/> articles. Only the last
/// <see cref="Window"/> plans are kept, as sentence seeds (~200 bytes an article), so memory does not grow with N.
/// </summary>
public sealed class WirePlanner
{
    public const int Window = 50_000;

    /// <summary>Mean distance back to the article copied: wire copies come mostly within hours, some within days.</summary>
    public const double MeanDistance = 5_000;

    public const int BurstCopies = 1_000;

    public const int BurstSpacing = 5;

    /// <summary>One burst per this many articles (at least one when N allows it), spread evenly over the run.</summary>
    public const int ArticlesPerBurst = 250_000;

    private readonly Random random;
    private readonly PlannedArticle?[] recent = new PlannedArticle?[Window];
    private readonly List<(long Start, long End)> bursts = [];
    private long row;

    public WirePlanner(long articles, int seed)
    {
        random = new Random(seed);
        var count = articles < BurstCopies * BurstSpacing * 4 ? 0 : Math.Max(1, articles / ArticlesPerBurst);
        for (var b = 0; b < count; b++)
        {
            var start = (long)(articles * (b + 0.5) / count) - (BurstCopies * BurstSpacing / 2);
            bursts.Add((start, start + (BurstCopies * BurstSpacing)));
        }
    }

    public int Bursts => bursts.Count;

    public PlannedArticle Next()
    {
        row++;
        PlannedArticle planned;
        var burst = bursts.FindIndex(b => row >= b.Start && row <= b.End);
        if (burst >= 0)
        {
            var start = bursts[burst].Start;
            planned = row == start ? Original(row) : (row - start) % BurstSpacing == 0 ? Burst(recent[start % Window]!) : Ordinary();
        }
        else
        {
            planned = Ordinary();
        }

        recent[row % Window] = planned;
        return planned;
    }

    private PlannedArticle Ordinary()
    {
        var roll = random.NextDouble();
        var distance = Math.Min(Window - 1, 1 + (long)(-Math.Log(1 - random.NextDouble()) * MeanDistance));
        if (roll < 0.70 || distance >= row)
        {
            // Early on, a copy that would reach back before the first article is an original instead (capping the distance
            // would pile every early copy onto article 1).
            return Original(row);
        }

        var source = recent[(row - distance) % Window]!;
        return roll switch
        {
            < 0.80 => Copy(source, CopyKind.Exact, source.Paragraphs),
            < 0.85 => Copy(source, CopyKind.ParagraphAdded, WithParagraphAdded(source.Paragraphs)),
            < 0.90 => Copy(source, CopyKind.ParagraphRemoved, WithParagraphRemoved(source.Paragraphs)),
            _ => Copy(source, CopyKind.Rewrite, Rewritten(source.Paragraphs)),
        };
    }

    private PlannedArticle Burst(PlannedArticle piece) => random.Next(10) switch
    {
        < 7 => Copy(piece, CopyKind.Burst, piece.Paragraphs),
        < 9 => Copy(piece, CopyKind.Burst, WithParagraphRemoved(piece.Paragraphs)),
        _ => Copy(piece, CopyKind.Burst, WithParagraphAdded(piece.Paragraphs)),
    };

    // A copy of any member of a burst's family is counted with the burst: its own source is one of a thousand look-alikes.
    private PlannedArticle Copy(PlannedArticle source, CopyKind kind, ulong[][] paragraphs) =>
        new(row, bursts.Any(b => b.Start == source.Family) ? CopyKind.Burst : kind, source.Row, source.Family, paragraphs);

    private PlannedArticle Original(long at)
    {
        // Lognormal word count: median 350, sigma 0.6 (mean ~420), clamped to 50..3,000 words.
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var words = (int)Math.Clamp(350 * Math.Exp(0.6 * normal), 50, 3_000);
        var sentences = new List<ulong>();
        for (var count = 0; count < words; count += ArticleText.SentenceLength(sentences[^1]))
        {
            sentences.Add(NewSentence());
        }

        return new PlannedArticle(at, CopyKind.Original, 0, at, Paragraphs(sentences));
    }

    private ulong[][] WithParagraphAdded(ulong[][] paragraphs)
    {
        var added = Enumerable.Range(0, 2 + random.Next(3)).Select(_ => NewSentence()).ToArray();
        var list = paragraphs.ToList();
        list.Insert(random.Next(list.Count + 1), added);
        return [.. list];
    }

    private ulong[][] WithParagraphRemoved(ulong[][] paragraphs)
    {
        if (paragraphs.Length < 2)
        {
            return paragraphs;
        }

        var list = paragraphs.ToList();
        list.RemoveAt(random.Next(list.Count));
        return [.. list];
    }

    private ulong[][] Rewritten(ulong[][] paragraphs)
    {
        var sentences = paragraphs.SelectMany(p => p).Select(s => random.Next(2) == 0 ? s : NewSentence()).ToList();
        for (var swaps = sentences.Count / 4; swaps > 0; swaps--)
        {
            var (a, b) = (random.Next(sentences.Count), random.Next(sentences.Count));
            (sentences[a], sentences[b]) = (sentences[b], sentences[a]);
        }

        return Paragraphs(sentences);
    }

    private ulong[][] Paragraphs(List<ulong> sentences)
    {
        var paragraphs = new List<ulong[]>();
        for (var i = 0; i < sentences.Count;)
        {
            var take = Math.Min(2 + random.Next(4), sentences.Count - i);
            paragraphs.Add([.. sentences.GetRange(i, take)]);
            i += take;
        }

        return [.. paragraphs];
    }

    private ulong NewSentence() => (ulong)random.NextInt64(long.MinValue, long.MaxValue);
}
