using System.Globalization;
using Storyline.Entities;
using Storyline.Entities.Names;

namespace Storyline.Quotes.Statements;

/// <summary>
/// What a quote can be matched on without knowing its language: its longer words (folded: lower case, no accents), the
/// canonical entities named inside it and in the sentence around it, the numbers it gives and its speaker.
/// </summary>
public sealed record QuoteProfile(
    string ArticleId,
    string Language,
    Quote Quote,
    IReadOnlyList<string> Words,
    IReadOnlySet<string> Entities,
    IReadOnlySet<string> Context,
    IReadOnlySet<string> Numbers,
    string? Speaker)
{
    /// <summary>Every entity of the quote's article (canonical names): what the article is about.</summary>
    public IReadOnlySet<string> Topic { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The dictionaries' concepts of each of <see cref="Words"/> (<see cref="Dictionaries.TranslatedWords.Concepts"/>), which
    /// let a word meet its translation in another language; empty where no dictionary is installed for the language.
    /// </summary>
    public IReadOnlyList<ulong[]> WordConcepts { get; init; } = [];

    /// <summary>Whether the speaker is a person of the article's entities (not an organisation, a place or nobody).</summary>
    public bool SpeakerIsPerson { get; init; }

    /// <summary>
    /// Shorter words are mostly function words (que, und, the, nous, wir, this) that every quote of a language shares; from
    /// five letters on, words carry content and, across related languages, look alike (expansion/Expansion, incident/incidente).
    /// </summary>
    public const int MinimumWordLength = 5;

    /// <summary>A quote with fewer long words than this is a fragment of a statement, not a statement.</summary>
    public const int FragmentWords = 4;

    /// <summary>How far the context around a quote reaches at most on either side, in characters (about two lines of news text).</summary>
    public const int ContextReach = 300;

    public static QuoteProfile Of(Article article, Quote quote, Func<string, string> canonical, IReadOnlySet<string>? topic = null)
    {
        var end = quote.Start + quote.Length;
        var (from, to) = Sentence(article.Text, quote.Start, end);
        var inside = new HashSet<string>(StringComparer.Ordinal);
        var around = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<(int Start, int End)>();
        foreach (var entity in article.Entities)
        {
            foreach (var m in entity.Mentions)
            {
                if (m.Start >= quote.Start && m.Start + m.Length <= end)
                {
                    inside.Add(canonical(entity.Name));
                    named.Add((m.Start, m.Start + m.Length));
                }
                else if (m.Start >= from && m.Start + m.Length <= to)
                {
                    around.Add(canonical(entity.Name));
                }
            }
        }

        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in article.Figures.Where(f => f.Start >= quote.Start && f.Start + f.Length <= end))
        {
            if (f.Value is { } value && double.IsFinite(value))
            {
                numbers.Add(value.ToString("G3", CultureInfo.InvariantCulture));
                named.Add((f.Start, f.Start + f.Length));
            }
        }

        var words = new List<string>();
        foreach (var (start, length) in Tokens(article.Text, quote.Start, end))
        {
            var token = article.Text.Substring(start, length);
            if (named.Any(n => start >= n.Start && start < n.End))
            {
                continue;
            }

            if (char.IsDigit(token[0]))
            {
                // Digits no figure read (a year, a shirt number) still match the same digits elsewhere.
                numbers.Add(token);
            }
            else if (length >= MinimumWordLength - 1)
            {
                words.Add(NameFolding.Fold(token));
            }
        }

        // A fragment ("flourishing tech ecosystem") has too few long words to be matched on: its four-letter words count too.
        if (words.Count(w => w.Length >= MinimumWordLength) >= FragmentWords)
        {
            words.RemoveAll(w => w.Length < MinimumWordLength);
        }

        around.ExceptWith(inside);
        var speaker = quote.Speaker is { } s ? canonical(s) : null;
        return new QuoteProfile(article.Id, article.Language, quote, words.Distinct(StringComparer.Ordinal).ToList(), inside, around, numbers, speaker)
        {
            Topic = topic ?? article.Entities.Select(e => canonical(e.Name)).ToHashSet(StringComparer.Ordinal),
            SpeakerIsPerson = quote.Speaker is { } who && article.Entities.Any(e => e.Type == EntityType.Person && string.Equals(e.Name, who, StringComparison.Ordinal)),
        };
    }

    // Runs of letters, or of digits (with the digits' separators inside: 600 000, 1.800, 6,6).
    private static IEnumerable<(int Start, int Length)> Tokens(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var first = i;
            var digits = char.IsDigit(text[i]);
            while (i < end && (char.IsLetter(text[i]) && !digits || char.IsDigit(text[i])
                || digits && i + 1 < end && text[i] is '.' or ',' or ' ' or '\u202f' && char.IsDigit(text[i + 1])))
            {
                i++;
            }

            if (i == first)
            {
                i++;
                continue;
            }

            yield return (first, i - first);
        }
    }

    /// <summary>
    /// The sentence a quote sits in, beyond its marks: back to the previous sentence end (past a colon that introduces the
    /// quote, which often ends the line before: "Sam Altman äußerte sich:"), forward to the next one unless the quote
    /// closes its own sentence.
    /// </summary>
    private static (int From, int To) Sentence(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && IsMarkOrSpace(text[from - 1]))
        {
            from--;
        }

        if (from > 0 && text[from - 1] == ':')
        {
            from--;
        }

        var limit = Math.Max(0, start - ContextReach);
        while (from > limit && text[from - 1] is not ('.' or '!' or '?' or '\n'))
        {
            from--;
        }

        var to = end;
        if (end > start && text[end - 1] is '.' or '!' or '?')
        {
            return (from, to);
        }

        var reach = Math.Min(text.Length, end + ContextReach);
        while (to < reach && text[to] is not ('.' or '!' or '?' or '\n'))
        {
            to++;
        }

        return (from, to);
    }

    private static bool IsMarkOrSpace(char c) =>
        char.IsWhiteSpace(c) || c is '"' or '\'' || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OpenPunctuation;
}
