using Storyline.Dictionaries;

namespace Storyline.Quotes.Statements;

/// <summary>
/// Quote twins: the quotes of many articles (a story, or any selection) grouped into statements, the same statement in
/// every article and language that reports it as one <see cref="Statement"/> with several versions. Pairs of quotes of
/// different articles that share a blocking key (<see cref="QuoteBlocks"/>) are scored (<see cref="QuoteSimilarity"/>);
/// quotes joined by a score of at least <see cref="Threshold"/> are clustered by average linkage (<see cref="StatementClusters"/>),
/// so a short fragment joins the statement it fits best rather than chaining two statements together. Differing
/// attributions come first. Across languages, words also meet their translations through the bilingual dictionaries the
/// machine has installed (<see cref="BilingualDictionaries"/>; <c>scripts/setup.sh</c> installs FreeDict's): on
/// samples/tuning twin-pair F1 went 0.532 → 0.706 with them; nine in ten of the twins missed before had shared no key.
/// </summary>
public sealed class StatementMatcher(double threshold, BilingualDictionaries? dictionaries = null)
{
    /// <summary>
    /// Tuned on samples/gold/dev with `storyline eval twins`: twin-pair F1 is flat (0.610) from 0.09 to 0.12 and falls on
    /// either side (0.602 at 0.07, 0.557 at 0.15); the low end of the plateau keeps long translations, whose cognates are few
    /// for their length. Average linkage, not the threshold, keeps apart two statements one fragment resembles. With the
    /// dictionaries, samples/tuning and dev give 0.706 / 0.707 at 0.1, 0.716 / 0.713 at 0.12, 0.715 / 0.724 at 0.14 and
    /// 0.654 / 0.725 at 0.2; without them 0.12 and 0.14 cost 0.01 to 0.05, so the threshold stayed at 0.1. Since common
    /// words keep their first translations (2026-12-06), the dictionaries find more: 0.754 / 0.756 at 0.1, 0.757 / 0.748 at
    /// 0.12, 0.744 / 0.749 at 0.14; at 0.1 a German minister's words joined the seeds' Singapore statement on "monde" and
    /// "weltweit" alone, so 0.12.
    /// </summary>
    public const double DefaultThreshold = 0.12;

    public static readonly StatementMatcher Default = new(DefaultThreshold);

    public double Threshold => threshold;

    /// <summary>The statements of these articles' quotes; <c>canonical</c> maps an article's entity name to the name used across articles.</summary>
    public IReadOnlyList<Statement> Match(IEnumerable<Article> articles, Func<string, string>? canonical = null)
    {
        canonical ??= static name => name;
        var profiles = articles.SelectMany(a =>
        {
            var topic = a.Entities.Select(e => canonical(e.Name)).ToHashSet(StringComparer.Ordinal);
            return a.Quotes.Select(q => QuoteProfile.Of(a, q, canonical, topic));
        }).ToList();
        return Group(profiles).Select(g => Build(g.Select(i => profiles[i]).ToList()))
            .OrderBy(s => s.Verdict)
            .ThenByDescending(s => s.Articles.Count)
            .ToList();
    }

    /// <summary>The quotes grouped: each list holds indexes into <paramref name="profiles"/>, in order.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<QuoteProfile> profiles)
    {
        if (profiles.Select(p => p.Language).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            // Translations only count across languages: quotes of one language need no dictionary loaded.
            var installed = dictionaries ?? BilingualDictionaries.Installed;
            profiles = profiles.Select(p => p with { WordConcepts = TranslatedWords.Concepts(p.Language, p.Words, installed) }).ToList();
        }

        var rarity = ItemRarity.Of(profiles);
        var scores = new Dictionary<(int, int), double>();
        foreach (var (a, b) in QuoteBlocks.Candidates(profiles))
        {
            var score = QuoteSimilarity.Score(profiles[a], profiles[b], rarity);
            if (score > 0)
            {
                scores[(a, b)] = score;
            }
        }

        return StatementClusters.Cluster(profiles, scores, threshold);
    }

    private static Statement Build(List<QuoteProfile> quotes)
    {
        var versions = quotes
            .Select(p => new StatementVersion(p.ArticleId, p.Language, p.Quote.Text, p.Quote.Start, p.Quote.Length, p.Quote.Kind, p.Speaker, p.Quote.Cue) { SpeakerText = p.Quote.SpeakerText, SpeakerSpan = p.Quote.SpeakerSpan })
            .ToList();
        var speakers = versions.GroupBy(v => v.Speaker)
            .Select(g => new StatementSpeaker(g.Key, g.Select(v => v.ArticleId).Distinct(StringComparer.Ordinal).ToList()))
            .OrderBy(s => s.Speaker is null)
            .ThenByDescending(s => s.Articles.Count)
            .ToList();
        var named = speakers.Count(s => s.Speaker is not null);
        var verdict = named switch { 0 => AttributionVerdict.Unknown, 1 => AttributionVerdict.Same, _ => AttributionVerdict.Differ };
        // The English wording reads best for most users, unless it is only a fragment of what the others quote.
        var longest = versions.MaxBy(v => v.Length)!;
        var shown = versions.Where(v => v.Language == "en" && 2 * v.Length >= longest.Length).MaxBy(v => v.Length) ?? longest;
        return new Statement(shown.Text, versions, speakers, verdict);
    }
}
