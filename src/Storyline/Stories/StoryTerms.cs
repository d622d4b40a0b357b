using System.Globalization;
using Storyline.Duplicates;
using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Figures;

namespace Storyline.Stories;

/// <summary>
/// What an article is about, as weighted terms every language writes alike: its canonical entities (people,
/// organisations and products count most; places, which many stories share, less), the figures it gives (normalised:
/// "6,6 milliards de dollars" and "$6.6bn" are one term), and, weakly, the stems of its longer words (which tell two
/// stories about one company apart within a language: "rappel", "surchauffe" against "levée", "investisseurs").
/// </summary>
public static class StoryTerms
{
    public const double NamedWeight = 1.0;

    public const double PlaceWeight = 0.5;

    public const double FigureWeight = 0.8;

    public const double WordWeight = 0.25;

    /// <summary>Words this long or longer are content words; their first <see cref="StemLength"/> letters are their term.</summary>
    public const int WordLength = 6;

    public const int StemLength = 6;

    public static Dictionary<string, double> Of(Article article)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        var covered = new List<(int Start, int End)>();
        foreach (var entity in article.Entities)
        {
            var weight = entity.Type switch
            {
                EntityType.Person or EntityType.Organisation or EntityType.Product => NamedWeight,
                EntityType.Place => PlaceWeight,
                _ => 0,
            };
            covered.AddRange(entity.Mentions.Select(m => (m.Start, m.Start + m.Length)));
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

        foreach (var figure in article.Figures)
        {
            covered.Add((figure.Start, figure.Start + figure.Length));
            if (figure.Value is { } value && double.IsFinite(value) && figure.Kind is FigureKind.Money or FigureKind.Count or FigureKind.Percent)
            {
                Add(terms, string.Create(CultureInfo.InvariantCulture, $"f:{figure.Kind}:{value:G3}:{figure.Unit}"), FigureWeight);
            }
        }

        // Words and spans both in text order: one pass over each, not every span for every word.
        covered.Sort((a, b) => a.Start.CompareTo(b.Start));
        var (next, reach) = (0, -1);
        foreach (var word in FoldedWords.Of(article.Text))
        {
            while (next < covered.Count && covered[next].Start <= word.Start)
            {
                reach = Math.Max(reach, covered[next++].End);
            }

            if (word.Length >= WordLength && !char.IsDigit(article.Text[word.Start]) && word.Start >= reach)
            {
                var text = FoldedWords.Text(article.Text, word);
                Add(terms, "w:" + text[..Math.Min(StemLength, text.Length)], WordWeight);
            }
        }

        return terms;
    }

    private static void Add(Dictionary<string, double> terms, string term, double weight) => terms[term] = terms.GetValueOrDefault(term) + weight;
}
