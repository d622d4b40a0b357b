using System.Globalization;
using Storyline.Entities;

namespace Storyline.Duplicates;

/// <summary>
/// What two articles are compared on: their sentences (<see cref="SentenceProfile"/>), every word triple of the text, and
/// the language-independent anchors of the whole article.
/// </summary>
public sealed record ArticleProfile(
    string Id, string Language, DateTimeOffset? Published, IReadOnlyList<SentenceProfile> Sentences, HashSet<ulong> Shingles, HashSet<string> Anchors)
{
    /// <summary>Words this long or longer carry content and, across related languages, look alike (expansion/Expansion).</summary>
    public const int ContentWordLength = 5;

    /// <summary>Word triples: long enough that two texts share them only by copying, short enough that an edit breaks few.</summary>
    public const int ShingleWords = 3;

    public int TextLength => Sentences.Sum(s => s.Length);

    /// <summary>The keys the article is filed under in the duplicate index (<see cref="ArticlePrints"/>).</summary>
    public IReadOnlyList<long> Prints { get; init; } = [];

    /// <summary>In how many sentences each anchor is named: the article's subject in most, a detail in one.</summary>
    public IReadOnlyDictionary<string, int> AnchorSpread { get; } = Spread(Sentences);

    private static Dictionary<string, int> Spread(IReadOnlyList<SentenceProfile> sentences)
    {
        var spread = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var anchor in sentences.SelectMany(s => s.Anchors))
        {
            spread[anchor] = spread.GetValueOrDefault(anchor) + 1;
        }

        return spread;
    }

    public static ArticleProfile Of(Article article)
    {
        var text = article.Text;
        var words = FoldedWords.Of(text);
        var marks = Marks(article);
        var sentences = new List<SentenceProfile>();
        var all = new HashSet<ulong>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var w = 0;
        foreach (var (start, end) in Duplicates.Sentences.Of(text, article.Language))
        {
            while (w < words.Count && words[w].Start < start)
            {
                w++;
            }

            var first = w;
            while (w < words.Count && words[w].Start < end)
            {
                w++;
            }

            var shingles = ShinglesOf(words, first, w);
            all.UnionWith(shingles);
            var inSentence = marks.Where(m => m.Start >= start && m.Start < end).ToList();
            var sentenceAnchors = inSentence.Select(m => m.Anchor).ToHashSet(StringComparer.Ordinal);
            var content = new List<string>();
            for (var i = first; i < w; i++)
            {
                var word = words[i];
                if (inSentence.Any(m => word.Start >= m.Start && word.Start < m.End))
                {
                    continue;
                }

                if (char.IsDigit(text[word.Start]))
                {
                    // Digits no figure read (a year, a shirt number) still match the same digits elsewhere.
                    sentenceAnchors.Add(text.Substring(word.Start, word.Length));
                }
                else if (word.Length >= ContentWordLength)
                {
                    content.Add(FoldedWords.Text(text, word));
                }
            }

            anchors.UnionWith(sentenceAnchors);
            sentences.Add(new SentenceProfile(start, end, shingles, sentenceAnchors, content.Distinct(StringComparer.Ordinal).ToList()));
        }

        var profile = new ArticleProfile(article.Id, article.Language, article.Published, sentences, all, anchors);
        return profile with { Prints = ArticlePrints.Of(profile, words) };
    }

    /// <summary>The hashes of every run of <see cref="ShingleWords"/> words in words[first..end) (of each word when fewer).</summary>
    public static HashSet<ulong> ShinglesOf(List<FoldedWord> words, int first, int end)
    {
        var set = new HashSet<ulong>();
        if (end - first < ShingleWords)
        {
            for (var i = first; i < end; i++)
            {
                set.Add(words[i].Hash);
            }

            return set;
        }

        for (var i = first; i + ShingleWords <= end; i++)
        {
            set.Add(Shingle(words[i].Hash, words[i + 1].Hash, words[i + 2].Hash));
        }

        return set;
    }

    public static ulong Shingle(ulong a, ulong b, ulong c) => FoldedWords.Mix(a ^ ulong.RotateLeft(b, 21) ^ ulong.RotateLeft(c, 42));

    // Entity mentions and figures: what a translation keeps whatever the language, as keys every language writes alike.
    private static List<(int Start, int End, string Anchor)> Marks(Article article)
    {
        var marks = new List<(int, int, string)>();
        // A place named only as a currency's ("6,5 Milliarden US-Dollar") is no anchor: the figure is, and its
        // translation says "6,5 milliards de dollars" without naming the country.
        var money = article.Figures.Where(f => f.Kind == Figures.FigureKind.Money).Select(f => (f.Start, End: f.Start + f.Length)).ToList();
        foreach (var entity in article.Entities.Where(e => e.Type != EntityType.Other))
        {
            var key = "e:" + Entities.Names.NameFolding.Fold(entity.Name);
            marks.AddRange(entity.Mentions.Where(m => !money.Exists(f => f.Start <= m.Start && m.Start + m.Length <= f.End)).Select(m => (m.Start, m.Start + m.Length, key)));
        }

        foreach (var figure in article.Figures)
        {
            if (figure.Value is { } value && double.IsFinite(value))
            {
                // The value alone: a count's unit is a word of the article's language ("Gigawattstunden", "gigawattheures"),
                // and "3,4 milliards" read without its currency is a count where the source's "3,4 Milliarden Euro" is money.
                var key = string.Create(CultureInfo.InvariantCulture, $"f:{value:G3}");
                marks.Add((figure.Start, figure.Start + figure.Length, key));
            }
        }

        return marks;
    }
}
