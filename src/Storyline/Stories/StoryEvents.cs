namespace Storyline.Stories;

/// <summary>
/// The kinds of event an article reports, each with its weighted count of event words (a recall 12, results 3), read off
/// the words of its language's <see cref="EventWords"/>: a word in the title counts <see cref="TitleWeight"/>, in the first
/// paragraph <see cref="LeadWeight"/>, as news says there what happened; the sum says how sure the kinds are. Two stories about one company in one week (its
/// recall, its results) share the company and differ here; the same event told in two languages agrees here.
/// </summary>
public static class StoryEvents
{
    public const double TitleWeight = 3;

    public const double LeadWeight = 2;

    public static Dictionary<string, double> Of(Article article) => Of(article.Title, article.Text, article.Language);

    public static Dictionary<string, double> Of(string? title, string text, string language)
    {
        var words = EventWords.For(language);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (words.Kinds.Count == 0)
        {
            return weights;
        }

        var lead = text.IndexOf("\n\n", StringComparison.Ordinal);
        words.Count(title ?? "", TitleWeight, weights);
        lead = lead < 0 ? text.Length : lead;
        words.Count(text, 0, lead, LeadWeight, weights);
        words.Count(text, lead, text.Length - lead, 1, weights);

        return weights;
    }

    /// <summary>
    /// What a story reports, for its page: its articles' kinds summed, each with its share, largest first, those of at
    /// least <see cref="ShownShare"/>; none where its articles hold fewer event words than one article needs for the
    /// clusterer to read its kinds (<see cref="StoryClusterer.EventEvidence"/>).
    /// </summary>
    public static IReadOnlyList<EventKind> Shares(IEnumerable<Article> articles)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (kind, weight) in articles.SelectMany(Of))
        {
            sums[kind] = sums.GetValueOrDefault(kind) + weight;
        }

        var total = sums.Values.Sum();
        return total < StoryClusterer.EventEvidence
            ? []
            : sums.Select(k => new EventKind(k.Key, Math.Round(k.Value / total, 3))).Where(k => k.Share >= ShownShare)
                .OrderByDescending(k => k.Share).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList();
    }

    /// <summary>A kind with a smaller share of a story's event words is a passing mention, not what the story reports.</summary>
    public const double ShownShare = 0.15;

    /// <summary>The cosine of two sets of kinds' weights: 1 for the same kinds in the same shares, 0 for none shared.</summary>
    public static double Agreement(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (kind, w) in a)
        {
            na += w * w;
            dot += w * b.GetValueOrDefault(kind);
        }

        foreach (var w in b.Values)
        {
            nb += w * w;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
