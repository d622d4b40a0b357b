using System.Globalization;
using System.Text;
using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.StoryBench.Corpus;

/// <summary>
/// A year of news as one stream of articles in publication order, each labelled with its true story. Stories start at
/// random (Poisson) over <see cref="Days"/> days; a story's size is Zipf-like (weight size^-<see cref="SizeExponent"/>,
/// 1 to <see cref="MaxSize"/>: most 1-5, some hundreds, a few thousands), its lifetime grows with its size (hours for a
/// few articles, weeks for thousands) and its articles are front-loaded within it. Only the stories still running are
/// in memory (a priority queue by their next article's time), so memory does not grow with N.
/// </summary>
public sealed class StoryStream
{
    public const double Days = 365;

    public const int MaxSize = 5_000;

    public const double SizeExponent = 2.0;

    /// <summary>Stories of at least this many articles have a share of their articles in other languages.</summary>
    public const int MultilingualFrom = 10;

    public const double ForeignShare = 0.25;

    private static readonly DateTimeOffset Origin = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Lexicon lexicon;
    private readonly double[] sizeCumulative = new double[MaxSize];
    private readonly double meanGapTicks;
    private readonly PriorityQueue<Story, long> running = new();
    private readonly StringBuilder builder = new();
    private SplitMix random;
    private long nextStart;
    private int stories;
    private long emitted;

    public StoryStream(long articles, int seed, Lexicon lexicon)
    {
        this.lexicon = lexicon;
        random = new SplitMix((ulong)seed * 0x2545F4914F6CDD1DUL);
        double total = 0, mean = 0;
        for (var k = 1; k <= MaxSize; k++)
        {
            var w = Math.Pow(k, -SizeExponent);
            total += w;
            mean += k * w;
            sizeCumulative[k - 1] = total;
        }

        MeanSize = mean / total;
        meanGapTicks = TimeSpan.FromDays(Days).Ticks / (articles / MeanSize);
        nextStart = Origin.UtcTicks;
    }

    /// <summary>Expected articles per story.</summary>
    public double MeanSize { get; }

    /// <summary>Stories started so far: the next story's id.</summary>
    public int Stories => stories;

    /// <summary>The next article in publication order, and the id of its true story.</summary>
    public (Article Article, int Story) Next()
    {
        while (running.Count == 0 || running.TryPeek(out _, out var due) && nextStart <= due)
        {
            var story = Start(nextStart);
            running.Enqueue(story, story.NextTicks);
            nextStart += (long)(-Math.Log(1 - random.NextDouble()) * meanGapTicks);
        }

        var s = running.Dequeue();
        var article = Write(s);
        if (s.Advance())
        {
            running.Enqueue(s, s.NextTicks);
        }

        return (article, s.Id);
    }

    private Story Start(long ticks)
    {
        var u = random.NextDouble() * sizeCumulative[^1];
        var size = Array.BinarySearch(sizeCumulative, u);
        size = (size < 0 ? ~size : size) + 1;

        // Lifetime: median 6 h × sqrt(size), spread ×/÷ 2, between 2 hours and 60 days.
        var hours = 6 * Math.Sqrt(size) * Math.Exp(0.7 * Normal());
        var lifetime = TimeSpan.FromHours(Math.Clamp(hours, 2, 24 * 60)).Ticks;
        var language = Pick(Lexicon.LanguageShares);
        var entities = new List<(EntityType Type, int Index)>();
        void Draw(EntityType type, int pool, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var index = random.Zipf(pool);
                if (!entities.Contains((type, index)))
                {
                    entities.Add((type, index));
                }
            }
        }

        Draw(EntityType.Person, Lexicon.People, random.Next(4));
        Draw(EntityType.Organisation, Lexicon.Organisations, random.Next(3) + (entities.Count == 0 ? 1 : 0));
        Draw(EntityType.Place, Lexicon.Places, 1 + random.Next(2));
        var figures = new List<Figure>();
        for (var i = random.Next(4); i > 0; i--)
        {
            figures.Add(MakeFigure(ref random));
        }

        var topic = new int[12];
        for (var i = 0; i < topic.Length; i++)
        {
            // Topic words are ordinary mid- and low-frequency words: other stories on the same subject use them too.
            topic[i] = 300 + random.Next(Lexicon.WordsPerLanguage - 300);
        }

        return new Story(stories++, size, ticks, lifetime, Lexicon.Languages[language], entities, figures, topic, new SplitMix(random.Next()));
    }

    private Article Write(Story story)
    {
        var r = story.Random;
        var language = story.Size >= MultilingualFrom && r.Chance(ForeignShare) ? Lexicon.Languages[r.Next(Lexicon.Languages.Length)] : story.Language;

        // What this article names: most of its story's entities (the first always), sometimes another in passing.
        var named = new List<(EntityType Type, int Index, int Mentions)>();
        for (var i = 0; i < story.Entities.Count; i++)
        {
            if (i == 0 || r.Chance(0.8))
            {
                named.Add((story.Entities[i].Type, story.Entities[i].Index, 1 + r.Next(4)));
            }
        }

        for (var i = r.Next(3); i > 0; i--)
        {
            var type = (EntityType)(1 + r.Next(3));
            var index = r.Zipf(type switch { EntityType.Person => Lexicon.People, EntityType.Organisation => Lexicon.Organisations, _ => Lexicon.Places });
            if (!named.Any(n => n.Type == type && n.Index == index))
            {
                named.Add((type, index, 1));
            }
        }

        var figures = story.Figures.Where(_ => r.Chance(0.6)).ToList();
        if (r.Chance(0.3))
        {
            figures.Add(MakeFigure(ref r));
        }

        // Insertions: each mention and figure at a random word position.
        var words = 100 + r.Next(201);
        var inserts = new List<(int At, int Entity, int Figure)>();
        for (var e = 0; e < named.Count; e++)
        {
            for (var m = 0; m < named[e].Mentions; m++)
            {
                inserts.Add((r.Next(words), e, -1));
            }
        }

        for (var f = 0; f < figures.Count; f++)
        {
            inserts.Add((r.Next(words), -1, f));
        }

        inserts.Sort((a, b) => a.At.CompareTo(b.At));
        var mentions = named.Select(_ => new List<Mention>()).ToList();
        var placed = new List<Figure>();
        var names = named.Select(n => lexicon.Name(n.Type, n.Index)).ToList();
        builder.Clear();
        var (next, sentence, sentences) = (0, 0, 0);
        for (var w = 0; w < words; w++)
        {
            if (sentence == 0 && builder.Length > 0)
            {
                builder.Append(sentences % 4 == 0 ? "\n\n" : " ");
            }

            while (next < inserts.Count && inserts[next].At == w)
            {
                var (_, e, f) = inserts[next++];
                var start = builder.Length;
                if (e >= 0)
                {
                    builder.Append(names[e]);
                    mentions[e].Add(new Mention(names[e], start, names[e].Length));
                }
                else
                {
                    var figure = figures[f];
                    builder.Append(figure.Text);
                    placed.Add(figure with { Start = start });
                }

                builder.Append(' ');
                sentence++;
            }

            var rank = r.Chance(0.12) ? story.Topic[r.Next(story.Topic.Length)] : r.Zipf(Lexicon.WordsPerLanguage);
            var word = lexicon.Word(language, rank);
            builder.Append(sentence == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            sentence++;
            if (sentence >= 8 + r.Next(14) || w == words - 1)
            {
                builder.Append('.');
                sentence = 0;
                sentences++;
            }
            else
            {
                builder.Append(' ');
            }
        }

        story.Random = r;
        var row = ++emitted;
        var id = Duplicates.FoldedWords.Mix((ulong)row ^ 0x5deece66dUL).ToString("x16", CultureInfo.InvariantCulture);
        return new Article
        {
            Id = id,
            Source = "storybench",
            Language = language,
            LanguageConfidence = 1,
            Published = new DateTimeOffset(story.NextTicks, TimeSpan.Zero),
            Text = builder.ToString(),
            Entities = named.Select((n, i) => new Entity(names[i], n.Type, mentions[i])).Where(e => e.Mentions.Count > 0).ToList(),
            Figures = placed,
            RawHash = id,
        };
    }

    private static Figure MakeFigure(ref SplitMix r)
    {
        var kind = (FigureKind)r.Next(3);
        var mantissa = Math.Round(1 + (r.NextDouble() * 9), 1);
        var billions = r.Chance(0.4);
        var (value, unit) = kind switch
        {
            FigureKind.Money => (mantissa * (billions ? 1e9 : 1e6), r.Chance(0.5) ? "EUR" : "USD"),
            FigureKind.Count => (Math.Round(mantissa * Math.Pow(10, 1 + r.Next(5))), "people"),
            _ => (mantissa, (string?)null),
        };
        var text = kind switch
        {
            FigureKind.Money => string.Create(CultureInfo.InvariantCulture, $"{mantissa:0.0} {(billions ? "billion" : "million")} {unit}"),
            FigureKind.Count => string.Create(CultureInfo.InvariantCulture, $"{value:0}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{value:0.0} %"),
        };
        return new Figure(text, 0, text.Length, kind, value, unit, Qualifier.Exact);
    }

    private int Pick(double[] shares)
    {
        var u = random.NextDouble();
        for (var i = 0; i < shares.Length - 1; i++)
        {
            if ((u -= shares[i]) < 0)
            {
                return i;
            }
        }

        return shares.Length - 1;
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>
    /// A story still running: its articles' times are the sorted order statistics of uniforms in [0, 1) (the first at 0),
    /// drawn one after the other and squared (front-loaded: most coverage early), times its lifetime.
    /// </summary>
    private sealed class Story(int id, int size, long start, long lifetime, string language,
        List<(EntityType Type, int Index)> entities, List<Figure> figures, int[] topic, SplitMix random)
    {
        private int left = size;
        private double u;

        public int Id { get; } = id;

        public int Size { get; } = size;

        public string Language { get; } = language;

        public List<(EntityType Type, int Index)> Entities { get; } = entities;

        public List<Figure> Figures { get; } = figures;

        public int[] Topic { get; } = topic;

        public SplitMix Random { get; set; } = random;

        public long NextTicks => start + (long)(lifetime * u * u);

        /// <summary>Moves to the next article; false when the story is told.</summary>
        public bool Advance()
        {
            if (--left <= 0)
            {
                return false;
            }

            var r = Random;
            u += (1 - u) * (1 - Math.Pow(r.NextDouble(), 1.0 / left));
            Random = r;
            return true;
        }
    }
}
