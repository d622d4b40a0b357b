using Storyline.Entities;
using Storyline.Languages;
using Storyline.Quotes;
using Storyline.Storage;

namespace Storyline.Evaluation.Quotes;

/// <summary>
/// The quote stage on labelled articles, entities recognised from the text as ingest does: per language, direct quotes
/// alone and all kinds together (direct and indirect); articles whose gold keeps direct quotes inside reported clauses
/// (<see cref="GoldQuoteArticle.NestedDirect"/>) are read by a stage that keeps them too.
/// Speakers: canonical names compared as names (sample gold), or words of the text matched by <see cref="SpeakerMatch"/>
/// (the shared sets).
/// </summary>
public sealed class QuoteEvaluation(EntityRecognizer entities, QuoteRecognizer quotes)
{
    public static QuoteEvaluation Default => new(EntityRecognizer.Default, QuoteRecognizer.Default);

    /// <summary>Scores the gold at <paramref name="path"/> (<see cref="QuoteGold"/>; the split applies to the shared sets).</summary>
    public IReadOnlyList<QuoteScore> Evaluate(string path, QuoteSplit? split = null) => Evaluate(QuoteGold.Read(path, split));

    public IReadOnlyList<QuoteScore> Evaluate(IEnumerable<GoldQuoteArticle> articles)
    {
        var read = Analyse(articles.ToList());
        // Read once per language, not once per article: the language files are parsed on each call.
        var functionWordsOf = read.Select(r => r.Article.Language).Distinct(StringComparer.Ordinal).ToDictionary(l => l, FunctionWords, StringComparer.Ordinal);
        var scores = read
            .SelectMany(r =>
            {
                var (a, named, found, aliases) = r;
                var same = SameSpeaker(a, named, aliases);
                // The sample gold names canonical entities, never words: there what is shown is the name, scored as a name.
                var functionWords = functionWordsOf[a.Language];
                Func<string?, Quote, bool> shown = a.SpeakersAsWritten
                    ? (gold, quote) => SpeakerMatch.MatchesShown(gold, quote.Speaker, quote.SpeakerText, named, functionWords)
                    : (gold, quote) => SameName(gold, quote.Speaker);
                return new[]
                {
                    Score(a.Language, "direct", a.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList(), found.Where(q => q.Kind == QuoteKind.Direct).ToList(), same, shown, a.SpeakersAsWritten),
                    Score(a.Language, "all", a.Quotes, found, same, shown, a.SpeakersAsWritten),
                };
            })
            .ToList();
        var rows = scores.GroupBy(s => (s.Language, s.Kind)).OrderBy(g => g.Key.Kind == "all").ThenBy(g => g.Key.Language, StringComparer.Ordinal)
            .Select(g => QuoteScore.Sum(g.Key.Language, g.Key.Kind, g.ToList())).ToList();
        rows.Add(QuoteScore.Sum("all", "direct", scores.Where(s => s.Kind == "direct").ToList()));
        rows.Add(QuoteScore.Sum("all", "all", scores.Where(s => s.Kind == "all").ToList()));
        return rows;
    }

    /// <summary>
    /// The errors on quotes of <paramref name="kind"/> (null: every kind), article by article in text order: gold quotes no found quote
    /// overlaps, found quotes no gold quote overlaps, and overlapping ones whose speaker is wrong, each with
    /// <paramref name="context"/> characters of text either side. With <paramref name="bySpan"/> a speaker is wrong as the
    /// speaker-span column counts it (where the text names the speaker), and the gold speaker shown is the data's span.
    /// </summary>
    public IEnumerable<QuoteError> Errors(IEnumerable<GoldQuoteArticle> articles, QuoteKind? kind, int context = 160, bool bySpan = false) =>
        Analyse(articles.ToList()).SelectMany(r => ErrorsOf(r.Article, r.Named, r.Found, r.Aliases, kind, context, bySpan));

    private static IEnumerable<QuoteError> ErrorsOf(
        GoldQuoteArticle a, IReadOnlyList<Entity> named, IReadOnlyList<Quote> all, IReadOnlyDictionary<string, string> aliases, QuoteKind? kind, int context, bool bySpan)
    {
        var found = all.Where(q => kind is null || q.Kind == kind).ToList();
        var gold = a.Quotes.Where(q => kind is null || q.Kind == kind).ToList();
        var same = SameSpeaker(a, named, aliases);
        var errors = new List<(int At, QuoteError Error)>();
        QuoteError Error(QuoteErrorKind error, QuoteKind quoteKind, string quote, int start, string? goldSpeaker, Quote? f) =>
            new(a.Id, error, quoteKind, quote, goldSpeaker, f?.Speaker, f?.SpeakerText,
                a.Text[Math.Max(0, start - context)..Math.Min(a.Text.Length, start + quote.Length + context)].ReplaceLineEndings(" "))
            {
                FoundWhere = f?.SpeakerSpan?.In(a.Text),
            };

        // Paired as the scores pair them.
        var used = new HashSet<int>();
        foreach (var g in gold)
        {
            var i = Partner(g, found, used);
            if (i < 0)
            {
                errors.Add((g.Start, Error(QuoteErrorKind.Missed, g.Kind, g.Text, g.Start, g.Speaker, null)));
            }
            else if (bySpan ? !SameSpan(g, found[i]) : !same(g.Speaker, found[i].Speaker))
            {
                var goldSpeaker = bySpan && g.SpeakerSpans.Count > 0 ? string.Join(" … ", g.SpeakerSpans.Select(s => s.In(a.Text))) : g.Speaker;
                errors.Add((g.Start, Error(QuoteErrorKind.Speaker, g.Kind, g.Text, g.Start, goldSpeaker, found[i])));
            }
        }

        errors.AddRange(found.Where(f => !gold.Any(g => Overlaps(f, g)))
            .Select(f => (f.Start, Error(QuoteErrorKind.Spurious, f.Kind, f.Text, f.Start, null, f))));
        return errors.OrderBy(e => e.At).Select(e => e.Error);
    }

    // Each article's entities and quotes, read as ingest reads them. The sample gold names an entity one way across a
    // story's articles ("Trivella Digitale S.p.A." where an article writes only "Trivella Digitale"), so there a speaker is
    // named as the story page names it, through the names the story's articles share (CorpusNames).
    private List<(GoldQuoteArticle Article, IReadOnlyList<Entity> Named, IReadOnlyList<Quote> Found, IReadOnlyDictionary<string, string> Aliases)> Analyse(IReadOnlyList<GoldQuoteArticle> articles)
    {
        var read = articles.AsParallel().AsOrdered().Select(a =>
        {
            var (named, found) = Read(a);
            return (Article: a, Named: named, Found: found);
        }).ToList();
        var storyNames = read.Where(r => r.Article is { SpeakersAsWritten: false, Story: not null })
            .GroupBy(r => r.Article.Story!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => CorpusNames.Aliases(CorpusNames.Unify(g.Select(r => new ArticleEntities(r.Article.Id, r.Article.Language, r.Named)).ToList())),
                StringComparer.Ordinal);
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        return read.Select(r => r.Article is { SpeakersAsWritten: false, Story: { } story }
                ? (r.Article, r.Named, (IReadOnlyList<Quote>)r.Found.Select(q => q.Speaker is { } speaker && storyNames[story].TryGetValue(speaker, out var name) ? q with { Speaker = name } : q).ToList(),
                    (IReadOnlyDictionary<string, string>)storyNames[story])
                : (r.Article, r.Named, r.Found, none))
            .ToList();
    }

    private (IReadOnlyList<Entity> Named, IReadOnlyList<Quote> Found) Read(GoldQuoteArticle a)
    {
        var named = entities.Recognize(a.Text, a.Language);
        return (named, (a.NestedDirect ? quotes.KeepingNestedDirect : quotes).Recognize(a.Text, a.Language, named));
    }

    // Speakers as written are matched to the words of the text (the shared sets); the sample gold names canonical entities,
    // and a found speaker is right when it is the gold's entity: the same name, or an entity (under the name the story's
    // articles share, aliases) written where the gold writes the speaker ("Vanderkelen Hospital" for gold "Hôpital
    // Vanderkelen"). How an entity is named is the NER evaluation's question; the shown column keeps names as names.
    private static Func<string?, string?, bool> SameSpeaker(GoldQuoteArticle a, IReadOnlyList<Entity> named, IReadOnlyDictionary<string, string> aliases) => a.SpeakersAsWritten
        ? (gold, speaker) => SpeakerMatch.Matches(gold, speaker, named)
        : (gold, speaker) => SameName(gold, speaker) || (gold is not null && speaker is not null && named
            .Where(e => e.Name == speaker || (aliases.TryGetValue(e.Name, out var alias) && alias == speaker))
            .SelectMany(e => e.Mentions)
            .Any(m => a.Mentions.Any(g => g.Name == gold && g.Start < m.Start + m.Length && m.Start < g.End)));

    private static bool SameName(string? gold, string? speaker) => string.Equals(speaker, gold, StringComparison.OrdinalIgnoreCase);

    // The first found quote not yet taken that overlaps a gold quote, taken now; -1 when there is none.
    private static int Partner(GoldQuote g, IReadOnlyList<Quote> found, HashSet<int> used)
    {
        var i = Enumerable.Range(0, found.Count).FirstOrDefault(i => !used.Contains(i) && Overlaps(found[i], g), -1);
        if (i >= 0)
        {
            used.Add(i);
        }

        return i;
    }

    // The data's speaker span and the one found share a character, or neither names a speaker.
    private static bool SameSpan(GoldQuote g, Quote f) =>
        f.SpeakerSpan is { } placed ? g.SpeakerSpans.Any(placed.Overlaps) : g.SpeakerSpans.Count == 0;

    private static bool Overlaps(Quote f, GoldQuote g) => f.Start < g.Start + g.Length && g.Start < f.Start + f.Length;

    // Determiners and pronouns: words a gold span and the words shown share without naming one speaker.
    private static HashSet<string> FunctionWords(string language)
    {
        var words = new HashSet<string>(EntityCues.For(LanguageResources.Embedded, language).Determiners, StringComparer.Ordinal);
        words.UnionWith(QuoteCues.For(language).Reporting.Openers.Phrases);
        return words;
    }

    private static QuoteScore Score(
        string language, string kind, IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> found, Func<string?, string?, bool> same, Func<string?, Quote, bool> shown,
        bool spans)
    {
        int exact = 0, overlapping = 0, speaker = 0, shownRight = 0, spanRight = 0;
        var used = new HashSet<int>();
        foreach (var g in gold)
        {
            exact += found.Any(f => f.Start == g.Start && f.Length == g.Length) ? 1 : 0;
            var i = Partner(g, found, used);
            if (i < 0)
            {
                continue;
            }

            overlapping++;
            speaker += same(g.Speaker, found[i].Speaker) ? 1 : 0;
            shownRight += shown(g.Speaker, found[i]) ? 1 : 0;
            spanRight += SameSpan(g, found[i]) ? 1 : 0;
        }

        return new QuoteScore(language, kind, gold.Count, found.Count, exact, overlapping, speaker, shownRight, spans ? overlapping : 0, spans ? spanRight : 0);
    }
}
