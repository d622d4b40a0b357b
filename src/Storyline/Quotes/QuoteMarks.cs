using System.Globalization;

namespace Storyline.Quotes;

/// <summary>
/// Finds the outermost pairs of quotation marks of a text in one left-to-right pass: « », ‹ ›, » «, › ‹, „ “/”,
/// ‚ ‘/’, “ ”, ‘ ’, straight " " and ' ', 「 」 and 『 』. Marks of other families inside a quote are nested quotes and stay
/// inside it.
/// A quote ends at the end of its paragraph unless the next paragraph reopens it with the same opening mark
/// (the French and English convention for long quotes) or closes it. Time is linear in the text: the scan never moves
/// back, and each paragraph is looked ahead into at most once.
/// </summary>
public static class QuoteMarks
{
    public static IReadOnlyList<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var i = 0;
        while (i < text.Length)
        {
            if (!OpensAt(text, i))
            {
                i++;
                continue;
            }

            var (span, resume) = Scan(text, i);
            if (span is { } found)
            {
                spans.Add(found);
            }

            i = resume;
        }

        return spans;
    }

    /// <summary>
    /// Scans the quote opened at <paramref name="open"/>: its span (null when a later opening mark shows this one was stray)
    /// and where to go on.
    /// </summary>
    private static (QuoteSpan? Span, int Resume) Scan(string text, int open)
    {
        var opener = text[open];
        var depth = 0;
        var j = open + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (opener == '\'' && c is '\n' or '\r')
            {
                // A straight apostrophe that no other one closes in its paragraph was an elision, not a quote.
                return (null, open + 1);
            }

            if (c is '\n' or '\r')
            {
                var next = SkipSpace(text, j);
                if (next < text.Length && text[next] == opener && OpensAt(text, next))
                {
                    // « … \n« … »: the quote goes on in the next paragraph.
                    j = next + 1;
                    continue;
                }

                if (next < text.Length && ClosesInParagraph(text, opener, next))
                {
                    j = next;
                    continue;
                }

                // Never closed: the cap keeps a stray mark from swallowing the rest of the article.
                return (new QuoteSpan(open, -1, j), j);
            }

            if (Closes(opener, text, j) && !PluralPossessive(opener, text, j))
            {
                if (depth == 0)
                {
                    // 'All Bets Are Off.' alone on its line is a subheading in straight marks, not a quote.
                    return opener == '\'' && FillsParagraph(text, open, j) ? (null, j + 1) : (new QuoteSpan(open, j, j), j + 1);
                }

                depth--;
            }
            else if (c == opener && OpensAt(text, j))
            {
                if (!Nests(opener))
                {
                    // A second “ before any ”: the first one was stray, so the quote starts again here.
                    return (null, j);
                }

                depth++;
            }

            j++;
        }

        return opener == '\'' ? (null, open + 1) : (new QuoteSpan(open, -1, text.Length), text.Length);
    }

    // Only guillemets nest with their own kind (« … « … » … »); a repeated “ or " means a mark is missing.
    private static bool Nests(char opener) => opener is '«' or '‹';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // Whether the paragraph starting at i closes the quote before any mark opens one of the same kind.
    private static bool ClosesInParagraph(string text, char opener, int i)
    {
        for (; i < text.Length && text[i] is not ('\n' or '\r'); i++)
        {
            if (Closes(opener, text, i))
            {
                return true;
            }

            if (text[i] == opener && OpensAt(text, i))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="i"/> can open a quote, judged from its neighbours.</summary>
    public static bool OpensAt(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '„' or '「' or '『' => i + 1 < text.Length,
            // A guillemet written against the word before it and followed by a space or a sign closes the German and
            // Danish »…« style ("Markt«, sagte er"); so does » before a word open it ("»Wir sind bereit«").
            '«' or '‹' => i + 1 < text.Length && !(i > 0 && !char.IsWhiteSpace(before) && !IsWord(after)),
            '»' or '›' => OpensAfter(before) && IsWord(after),
            // “ and " open after a space or a bracket and before a word; ‘ and ‚ also need a word right after, so that
            // an apostrophe ("‘90s" aside) and a comma-like mark alone do not open anything.
            '“' or '"' => OpensAfter(before) && !char.IsWhiteSpace(after),
            '‘' or '‚' => OpensAfter(before) && (IsWord(after) || IsMark(after)),
            // Straight single marks (Dutch and English web copy: 'Wie hier woont …', zei ze) open like ‘, but not an
            // elision of one letter or a year: 's avonds, 't, rock 'n' roll, the '90s.
            '\'' => OpensAfter(before) && IsWord(after) && !IsElision(text, i + 1),
            _ => false,
        };
    }

    /// <summary>Whether the character at <paramref name="i"/> closes a quote opened with <paramref name="opener"/>.</summary>
    public static bool Closes(char opener, string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return opener switch
        {
            '«' => c == '»',
            '‹' => c == '›',
            '»' => c == '«',
            '›' => c == '‹',
            // „…" typed with a straight closing mark: one that ends a word closes.
            '„' => c is '“' or '”' || (c == '"' && !char.IsWhiteSpace(before) && !IsWord(after)),
            // “ … “ typed with the wrong closing mark: one that ends a word closes.
            '“' => c == '”' || (c == '“' && !char.IsWhiteSpace(before) && !IsWord(after)),
            '‚' => c == '‘' || (c == '’' && !IsApostrophe(before, after)),
            '‘' => c == '’' && !IsApostrophe(before, after),
            '\'' => c == '\'' && !char.IsWhiteSpace(before) && !IsWord(after),
            '"' => c == '"' && !(char.IsWhiteSpace(before) && !char.IsWhiteSpace(after)),
            '「' => c == '」',
            '『' => c == '』',
            _ => false,
        };
    }

    // l’entreprise, don’t: ’ between two letters is an apostrophe, never a closing mark.
    private static bool IsApostrophe(char before, char after) => IsWord(before) && IsWord(after);

    // ‘Who will decide about a building renovated with taxpayers’ money?’: a single closing mark after an s and before a
    // word in lower case is a plural's apostrophe when another closing mark follows in the paragraph, a little further on.
    private static bool PluralPossessive(char opener, string text, int j)
    {
        if (opener is not ('‘' or '‚' or '\'') || !AfterPluralBeforeWord(text, j))
        {
            return false;
        }

        for (var k = j + 2; k < text.Length && k - j <= PossessiveReach && text[k] is not ('\n' or '\r'); k++)
        {
            if (Closes(opener, text, k) && !AfterPluralBeforeWord(text, k))
            {
                return true;
            }
        }

        return false;
    }

    // "s’ m": the mark at i stands after an s and before a word in lower case.
    private static bool AfterPluralBeforeWord(string text, int i) =>
        i >= 1 && text[i - 1] == 's' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2]);

    // How far on the closing mark that shows an earlier one to be an apostrophe may stand.
    private const int PossessiveReach = 300;

    private static bool FillsParagraph(string text, int open, int close)
    {
        for (var i = open - 1; i >= 0 && text[i] is not ('\n' or '\r'); i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        for (var i = close + 1; i < text.Length && text[i] is not ('\n' or '\r'); i++)
        {
            if (IsWord(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsElision(string text, int word)
    {
        if (char.IsDigit(text[word]))
        {
            return true;
        }

        return word + 1 >= text.Length || !IsWord(text[word + 1]);
    }

    private static bool OpensAfter(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or ':' || IsMark(before);

    private static bool IsMark(char c) => c is '«' or '‹' or '„' or '‚' or '“' or '‘' or '"' or '「' or '『';

    private static bool IsWord(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
