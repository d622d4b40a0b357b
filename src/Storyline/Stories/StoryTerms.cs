using System.Globalization;
using Storyline.Duplicates;
using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Figures;
using Storyline.Text;

namespace Storyline.Stories;

/// <summary>
/// What an article is about, as weighted terms every language writes alike: its canonical entities (people,
/// organisations and products count most; places, which many stories share, less), the figures it gives (normalised:
/// "6,6 milliards de dollars" and "$6.6bn" are one term), and, weakly, the stems of its words as written, names among
/// them (which tell two stories about one company apart within a language: "rappel", "surchauffe" against "levée",
/// "investisseurs"), or in scripts written without spaces their pairs of characters.
/// </summary>
public static class StoryTerms
{
    public const double NamedWeight = 1.0;

    public const double PlaceWeight = 0.5;

    public const double FigureWeight = 0.8;

    public const double WordWeight = 0.25;

    /// <summary>
    /// An article keeps its most repeated word terms only, this many: a book pasted into one file (ingest takes 16 MB) has
    /// hundreds of thousands of distinct words, or of pairs of Chinese characters, and each would be counted in the store,
    /// while a story keeps 300 terms in all. No article of the samples or of SemEval's pairs comes near it.
    /// </summary>
    public const int MostWords = 4096;

    /// <summary>
    /// Words this long or longer are content words; their first <see cref="StemLength"/> letters are their term. Names
    /// count among the words too, as written ("Helvara", "Ozempic"): a name the entity stage missed or typed otherwise in
    /// one article still meets the same name in another article of its language. Chosen on SemEval-2022's tuning half
    /// (<c>eval stories --split dev</c>), same-story F1 within a language / across, with
    /// <see cref="StoryClusterer.SameLanguageDiscount"/>: words of 6 letters and up and stems of 6, names in, 0.747 /
    /// 0.659; 5 and 5, 0.791 / 0.643; 4 and 5, 0.785 / 0.621 ("with", "dass" and "pour" make any two articles of a
    /// language alike). Before: 6 and 6 without names or discount, 0.782 / 0.628.
    /// </summary>
    public const int WordLength = 5;

    public const int StemLength = 5;

    public static Dictionary<string, double> Of(Article article)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entity in article.Entities)
        {
            var weight = entity.Type switch
            {
                EntityType.Person or EntityType.Organisation or EntityType.Product => NamedWeight,
                EntityType.Place => PlaceWeight,
                _ => 0,
            };
            if (weight > 0)
            {
                Add(terms, "e:" + NameFolding.Fold(entity.Name), weight * (1 + Math.Log(entity.Count)));

                // "Gewerkschaft Deutscher Zugbegleiter und Lokführer (GDZL)" here, only "la GDZL" in another article: the
                // initials are a second term for the same name, so the two meet.
                foreach (var initials in entity.Mentions.Select(m => m.Text).Where(AcronymNames.IsInitials).Distinct(StringComparer.Ordinal))
                {
                    if (!string.Equals(initials, entity.Name, StringComparison.Ordinal))
                    {
                        Add(terms, "e:" + NameFolding.Fold(initials), weight * (1 + Math.Log(entity.Count)));
                    }
                }
            }
        }

        foreach (var (kind, share) in StoryEvents.Of(article))
        {
            terms[EventPrefix + kind] = share;
        }

        foreach (var figure in article.Figures)
        {
            if (figure.Value is { } value && double.IsFinite(value) && figure.Kind is FigureKind.Money or FigureKind.Count or FigureKind.Percent)
            {
                Add(terms, string.Create(CultureInfo.InvariantCulture, $"f:{figure.Kind}:{value:G3}:{figure.Unit}"), FigureWeight);
            }
        }

        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        Action<string> add = term => Add(words, term, WordWeight);
        foreach (var word in FoldedWords.Of(article.Text))
        {
            WordTerms(article.Text, word.Start, word.Start + word.Length, WordLength, StemLength, add);
        }

        foreach (var (term, weight) in words.Count <= MostWords ? words : words.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(MostWords))
        {
            terms[term] = weight;
        }

        return terms;
    }

    /// <summary>
    /// Hands <paramref name="add"/> the word terms of text[start..end), one run of letters: the first <paramref name="stemLength"/> letters of a word of
    /// <paramref name="wordLength"/> or more; but where a script written without spaces takes over ("Huawei公司周二在深圳发布",
    /// "英国街头继续堆积如山") each part goes its own way, pairs of characters for that script, the rest as words are.
    /// </summary>
    public static void WordTerms(string text, int start, int end, int wordLength, int stemLength, Action<string> add)
    {
        var i = start;
        while (i < end)
        {
            var unspaced = UnspacedScripts.Contains(text[i]);
            var j = i + 1;
            while (j < end && UnspacedScripts.Contains(text[j]) == unspaced)
            {
                j++;
            }

            if (unspaced)
            {
                for (var k = i; k + 1 < j; k++)
                {
                    add(string.Concat("w:", text.AsSpan(k, 2)));
                }
            }
            else if (j - i >= wordLength && !char.IsDigit(text[i]))
            {
                add(FoldedWords.Text(text, new FoldedWord(i, j - i, 0), "w:", stemLength));
            }

            i = j;
        }
    }

    /// <summary>The prefix of a kind of event's term: kept with a story's terms, compared apart (<see cref="StoryClusterer"/>).</summary>
    public const string EventPrefix = "k:";

    public static bool IsEvent(string term) => term.StartsWith(EventPrefix, StringComparison.Ordinal);

    private static void Add(Dictionary<string, double> terms, string term, double weight) => terms[term] = terms.GetValueOrDefault(term) + weight;
}
