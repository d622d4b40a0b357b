using Storyline.Duplicates;
using Storyline.Entities.Names;
using Storyline.Text;

namespace Storyline.Stories;

/// <summary>
/// An extractive summary of a story in one language: its sentences scored by how many of the story's articles share
/// their names, figures and word stems (centrality, in the manner of centroid summarisers, Radev et al. 2004), with the
/// lead sentences of each article favoured as news writes them, then taken best first while they add something new
/// (maximal marginal relevance, Carbonell and Goldstein 1998: a sentence repeating one already taken is skipped), and
/// given in story order. A sentence that opens with a pronoun is left out: out of its article it points nowhere. Every
/// sentence keeps its source. The language is the one asked for when articles in it exist,
/// else the story's most common (in a tie, that of its first report, as the story is named by it).
/// </summary>
public static class StorySummary
{
    public const int Sentences = 4;

    /// <summary>A sentence sharing this share of its terms with one already taken says nothing new.</summary>
    public const double Redundant = 0.5;

    /// <summary>Lead sentences carry the news: the first weighs this much more, the second half as much more.</summary>
    public const double LeadBonus = 0.5;

    /// <summary>A sentence this long at least, in words (in a script written without spaces, two characters to a word).</summary>
    public const int MinimumWords = 6;

    public const int MaximumWords = 60;

    /// <summary>
    /// Words this long or longer, cut to this many letters, are a sentence's word terms (pairs of characters in scripts
    /// written without spaces, <see cref="StoryTerms.WordTerms"/>). The summary keeps its own length and not
    /// those of <see cref="StoryTerms"/>, which are tuned for assigning articles: with those (five letters, names among
    /// them) the seeds' summary opened on "ChatGPT est le produit phare d'OpenAI" and the sample Helvara story gave its
    /// share price twice, since sentences dense in the names every article repeats rose above those with the news.
    /// </summary>
    public const int WordLength = 6;

    public static (string Language, IReadOnlyList<SummarySentence> Sentences) Of(IReadOnlyList<Article> articles, string? language)
    {
        if (articles.Count == 0)
        {
            return ("und", []);
        }

        var chosen = language is not null && articles.Any(a => a.Language == language)
            ? language
            : articles.GroupBy(a => a.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(a => a.Published) ?? DateTimeOffset.MaxValue)
                .ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

        // How many articles (any language) carry each term: names cross languages, stems within one.
        var spread = new Dictionary<string, int>(StringComparer.Ordinal);
        var termsOf = articles.ToDictionary(a => a.Id, ArticleTerms, StringComparer.Ordinal);
        foreach (var terms in termsOf.Values)
        {
            foreach (var term in terms)
            {
                spread[term] = spread.GetValueOrDefault(term) + 1;
            }
        }

        var weight = ArticleWeights(termsOf, spread, articles.Count);

        var candidates = new List<(SummarySentence Sentence, HashSet<string> Terms, double Score, double Shared, int Order)>();
        var order = 0;
        foreach (var article in articles.Where(a => a.Language == chosen))
        {
            var position = 0;
            foreach (var (start, end) in Duplicates.Sentences.Of(article.Text, article.Language))
            {
                var text = article.Text[start..end];
                var terms = Terms(article, start, end);
                var words = FoldedWords.Of(text).Sum(w => UnspacedScripts.Contains(text[w.Start]) ? Math.Max(1, w.Length / 2) : 1);
                if (words is >= MinimumWords and <= MaximumWords && terms.Count > 0 && !OpensWithPronoun(text, article.Language))
                {
                    var central = terms.Sum(t => spread.GetValueOrDefault(t) - 1.0) / Math.Sqrt(terms.Count);
                    var shared = terms.Sum(t => Math.Max(0, spread.GetValueOrDefault(t) - 1.0)) / Math.Sqrt(terms.Count);
                    var lead = position switch { 0 => 1 + LeadBonus, 1 => 1 + (LeadBonus / 2), _ => 1 };
                    candidates.Add((new SummarySentence(text, article.Id, start, end - start), terms, central * lead * weight[article.Id], shared * lead * weight[article.Id], order));
                }

                position++;
                order++;
            }
        }

        // The words of names and figures count against a sentence (they are no terms of the story's), which keeps sentences
        // dense in the names every article repeats out of a story's summary; but where that leaves no sentence above zero
        // (two articles in two languages share only their names), what a sentence shares is its score.
        if (!candidates.Exists(c => c.Score > 0))
        {
            candidates = candidates.ConvertAll(c => c with { Score = c.Shared });
        }

        var taken = new List<(SummarySentence Sentence, HashSet<string> Terms, double Score, double Shared, int Order)>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Order))
        {
            if (taken.Count == Sentences)
            {
                break;
            }

            if (c.Score > 0 && !taken.Any(t => (double)t.Terms.Count(c.Terms.Contains) / Math.Min(t.Terms.Count, c.Terms.Count) >= Redundant))
            {
                taken.Add(c);
            }
        }

        return (chosen, taken.OrderBy(t => t.Order).Select(t => t.Sentence).ToList());
    }

    /// <summary>
    /// How central each article is to the story, at most 1: the share of the other articles that carry each of its terms,
    /// averaged over its terms, against the story's mean. A report that joined the story at its edge (a recall two days
    /// after a funding round, which names the company, its city and its earbuds) says mostly what no other article says,
    /// and its lead sentence, strong on the names every article shares, opened the sample corpus's funding summary before
    /// this. Articles above the mean are not raised: a wire piece and its rewrite raise each other, and raised they took
    /// three of the seeds' four sentences from one article.
    /// </summary>
    private static Dictionary<string, double> ArticleWeights(Dictionary<string, HashSet<string>> termsOf, Dictionary<string, int> spread, int articles)
    {
        var shares = termsOf.ToDictionary(
            a => a.Key,
            a => articles < 2 || a.Value.Count == 0 ? 1 : a.Value.Average(t => (spread[t] - 1.0) / (articles - 1)),
            StringComparer.Ordinal);
        var mean = shares.Values.Average();
        return shares.ToDictionary(s => s.Key, s => mean == 0 ? 1 : Math.Min(1, s.Value / mean), StringComparer.Ordinal);
    }

    // "It comes as…", « Il a ajouté… »: out of its article the reader cannot tell whom the pronoun means. The pronouns are
    // the language's quote data (quotes.txt, [pronouns]).
    private static bool OpensWithPronoun(string sentence, string language)
    {
        // "It’s" is "it" and a verb: apostrophes part the words here.
        sentence = sentence.Replace('’', ' ').Replace('\'', ' ');
        var tokens = Figures.FigureTokens.Scan(sentence);
        var first = 0;
        while (first < tokens.Count && !char.IsLetter(sentence[tokens[first].Start]))
        {
            first++;
        }

        return first < tokens.Count && Quotes.QuoteCues.For(language).Pronouns.MatchAt(sentence, tokens, first) is not null;
    }

    // The terms an article carries, for their spread over the story: its names of people, organisations, products and
    // places, and the stems of its longer words outside names and figures (a name counts as a name, not as a word too).
    private static HashSet<string> ArticleTerms(Article article)
    {
        var terms = article.Entities.Where(e => e.Type != Entities.EntityType.Other).Select(e => "e:" + NameFolding.Fold(e.Name)).ToHashSet(StringComparer.Ordinal);
        var covered = article.Entities.SelectMany(e => e.Mentions).Select(m => (m.Start, End: m.Start + m.Length))
            .Concat(article.Figures.Select(f => (f.Start, End: f.Start + f.Length))).OrderBy(c => c.Start).ToList();
        var (next, reach) = (0, -1);
        foreach (var word in FoldedWords.Of(article.Text))
        {
            // Words and spans both in text order: one pass over each.
            while (next < covered.Count && covered[next].Start <= word.Start)
            {
                reach = Math.Max(reach, covered[next++].End);
            }

            if (word.Start >= reach)
            {
                StoryTerms.WordTerms(article.Text, word.Start, word.Start + word.Length, WordLength, WordLength, term => terms.Add(term));
            }
        }

        return terms;
    }

    // The sentence's terms: the names inside it and the stems of its longer words.
    private static HashSet<string> Terms(Article article, int start, int end)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in article.Entities.Where(e => e.Mentions.Any(m => m.Start >= start && m.Start < end)))
        {
            terms.Add("e:" + NameFolding.Fold(entity.Name));
        }

        var sentence = article.Text[start..end];
        foreach (var word in FoldedWords.Of(sentence))
        {
            StoryTerms.WordTerms(sentence, word.Start, word.Start + word.Length, WordLength, WordLength, term => terms.Add(term));
        }

        return terms;
    }
}
