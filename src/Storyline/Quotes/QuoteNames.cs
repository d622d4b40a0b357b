using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// Whether words between quotation marks are a name or a title rather than something said: the article's entity mentions
/// cover at least half of them („Reporter ohne Grenzen“, “New York Times”), their short form follows in brackets
/// („Volksallianz für Demokratie“ (PAD)), they are one of a list of marks a comma apart, or a noun of quotes.txt [names] stands right
/// before the marks (der Film „Nackt unter Wölfen“, the album “A Bigger Bang”), opens them („Gesetz zur Bekämpfung …“), or a
/// word of value "after" follows them („Poe Toaster“ bekannt), they end in an organisation's designator („… e.V.“), or
/// they translate the marks right before in brackets. A quote that ends a sentence inside its marks is a name only right
/// after such a noun (unter dem Motto „… genug!“): titles rarely end in a full stop and statements do.
/// </summary>
internal sealed class QuoteNames
{
    // The shortest tail of a compound read as a [names] noun: "serie" in "Fernsehserie"; shorter tails ("lied" aside)
    // would find "rat" in "Beirat" and "tor" in "Autor".
    private const int ShortestTail = 4;

    private readonly string text;
    private readonly PhraseTable names;
    private readonly PhraseTable roles;
    private readonly EntityCues entityCues;
    private readonly List<(int Start, int End)> mentions;

    public QuoteNames(string text, QuoteCues cues, EntityCues entityCues, IReadOnlyList<Entity> entities)
    {
        this.text = text;
        this.entityCues = entityCues;
        names = cues.Names;
        roles = cues.Roles;
        mentions = entities.SelectMany(e => e.Mentions).Select(m => (m.Start, m.Start + m.Length)).Order().ToList();
    }

    /// <summary>
    /// Whether the words [start, end) of <paramref name="spans"/>[<paramref name="index"/>] are a name or a title;
    /// <paramref name="cued"/>: a speech cue credits them to someone.
    /// </summary>
    public bool IsName(IReadOnlyList<QuoteSpan> spans, int index, int start, int end, bool cued)
    {
        // "unter dem Motto „50 Jahre sind genug!“": right after a noun for titles, even words that end a sentence are one.
        var span = spans[index];
        if (NamedBefore(span.Open))
        {
            return true;
        }

        // „… Freien Wissens e.V.“ ends in a full stop that is no sentence's.
        if (Designated(start, end))
        {
            return true;
        }

        if (EndsSentence(start, end))
        {
            return false;
        }

        // „dissozial“, „noch hätte er …“: words in lower case a comma apart are what someone said, not a list of titles.
        var listed = char.IsUpper(text[start])
            && ((index > 0 && Listed(spans[index - 1].Close, span.Open)) || (index + 1 < spans.Count && Listed(span.Close, spans[index + 1].Open)));
        return Covered(start, end) * 2 >= Letters(start, end) || NamedAfter(span.Close) || Acronym(span.Close) || (char.IsUpper(text[start]) && Glossed(span.Close))
            || listed || HeadedByName(start)
            || (index > 0 && Translated(spans[index - 1].Close, span.Open)) || OtherScript(start, end) || (!cued && TitleFrame(span.Open));
    }

    // "Sein erstes großes Werk entstand in den 1970er Jahren: „Le Grand Macabre“", "stellte die neue CD der Gruppe vor:
    // „…“": a colon frame with no speech cue whose sentence names a work, a programme or a paper introduces its title.
    private bool TitleFrame(int open)
    {
        var colon = open - 1;
        while (colon >= 0 && char.IsWhiteSpace(text[colon]))
        {
            colon--;
        }

        if (colon < 0 || text[colon] != ':')
        {
            return false;
        }

        var from = text.LastIndexOfAny(SentenceEnds, colon) + 1;
        for (var i = from; i < colon;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < colon && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '-'))
            {
                wordEnd++;
            }

            if (IsNameNoun(text[i..wordEnd].ToLowerInvariant()))
            {
                return true;
            }

            i = wordEnd;
        }

        return false;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    // „Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e.V.“, „con energy ag“: marked words that end in
    // an organisation's legal form or designator (entities.txt [organisation-designators]) are its name.
    private bool Designated(int start, int end)
    {
        var space = text.LastIndexOf(' ', end - 1, end - start);
        return space > start && entityCues.IsDesignator(text[(space + 1)..end]);
    }

    // „Cast Lead“ („gegossenes Blei“), „Poe Toaster“ („Poe-Gratulant“), „…“ [auf Deutsch: „…“]: marks in brackets right
    // after others, perhaps after a few words and a colon, translate them.
    private bool Translated(int close, int open)
    {
        if (close < 0 || open <= close)
        {
            return false;
        }

        var between = text.AsSpan(close + 1, open - close - 1).Trim();
        if (between is "(" or "[")
        {
            return true;
        }

        if (between.Length < 3 || between[0] is not ('(' or '[') || between[^1] != ':')
        {
            return false;
        }

        var words = between[1..^1].Trim();
        return words.Length > 0 && words.Count(' ') < TranslationWords && !words.ContainsAny(".,;!?()[]");
    }

    // "auf Deutsch", "in English", "übersetzt": the words before a translation's colon.
    private const int TranslationWords = 3;

    // „Мемориал Михаила Таля“ in a German article, “Дом культуры” in an English one: marked words written in another
    // script than the rest of the article are a name or a title given as written; statements are quoted in translation.
    private bool OtherScript(int start, int end)
    {
        articleLetters ??= LatinLetters(0, text.Length);
        var (letters, latin) = LatinLetters(start, end);
        var (otherLetters, otherLatin) = (articleLetters.Value.Letters - letters, articleLetters.Value.Latin - latin);
        return letters > 0 && otherLetters > 0 && Math.Abs(((double)latin / letters) - ((double)otherLatin / otherLetters)) >= OtherScriptGap;
    }

    private (int Letters, int Latin)? articleLetters;

    // The marks' share of Latin letters and the rest of the article's differ at least this much: a whole other script,
    // not a few letters of one in a name.
    private const double OtherScriptGap = 0.8;

    private (int Letters, int Latin) LatinLetters(int start, int end)
    {
        int letters = 0, latin = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                letters++;
                latin += text[i] <= '\u024F' || text[i] is >= '\u1E00' and <= '\u1EFF' ? 1 : 0;
            }
        }

        return (letters, latin);
    }

    // „Gesetz zur Bekämpfung finanzieller Unterstützung des Terrors“, „Sacharow-Preises für geistige Freiheit“: marked words
    // that open with a capitalised noun for titles (or a compound ending in one), and end no sentence, are that title.
    private bool HeadedByName(int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return end > start && char.IsUpper(text[start]) && IsNameNoun(text[start..end].ToLowerInvariant());
    }

    // „Poe Toaster“ bekannt, „Apogäum“ genannt: a [names] word of value "after" right after the closing mark says the
    // marked words are what something is called.
    private bool NamedAfter(int close)
    {
        if (close < 0)
        {
            return false;
        }

        var start = close + 1;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text[start..end].ToLowerInvariant();
        return end > start && FigureTokens.Scan(word) is [_] tokens && names.MatchAt(word, tokens, 0) is { Value: After };
    }

    /// <summary>[names] value: the word follows the marks ("als „Poe Toaster“ bekannt").</summary>
    public const string After = "after";

    // „Volksallianz für Demokratie“ (PAD), “Board of Governors” (BoG): a name followed by its short form.
    private bool Acronym(int close)
    {
        if (BracketAfter(close) is not var (from, to))
        {
            return false;
        }

        var inside = text.AsSpan(from, to - from);
        var upper = 0;
        foreach (var c in inside)
        {
            upper += char.IsUpper(c) ? 1 : 0;
        }

        return inside.Length is >= 2 and <= 8 && upper >= 2 && !inside.ContainsAnyExcept(Letters09) && char.IsUpper(inside[0]);
    }

    // "„Rat für nationale Sicherheit“ (Council for National Security)": a name given in another language right after
    // the marks, in brackets, in words mostly capitalised; "(sagte er)", "(Wikinews berichtete)" are not.
    private bool Glossed(int close)
    {
        if (BracketAfter(close) is not var (from, to))
        {
            return false;
        }

        var words = text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => w.All(char.IsLetter)) && char.IsUpper(words[0][0])
            && words.Count(w => char.IsUpper(w[0])) * 2 > words.Length;
    }

    // Where the words inside a bracket that opens right after the closing mark (spaces aside) start and end; null when
    // the quote has no closing mark, no bracket follows, or it closes no sooner than a gloss's length: a short form or a
    // name of a few words fits well inside, and the search stays bounded however many quotes a bracket follows.
    private (int From, int To)? BracketAfter(int close)
    {
        if (close < 0)
        {
            return null;
        }

        var i = close + 1;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '(')
        {
            return null;
        }

        var end = text.IndexOf(')', i, Math.Min(GlossLength + 1, text.Length - i));
        return end < 0 ? null : (i + 1, end);
    }

    // Characters of a gloss in brackets at most: a name of a few words.
    private const int GlossLength = 60;

    private static readonly System.Buffers.SearchValues<char> Letters09 = System.Buffers.SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÖÜäöüÉéÈèÀàÇç0123456789-");

    // „Erinnerungen und Bilder“, „Zur Geschichte …“, „Bau der …“: marks one comma apart list titles, not statements.
    private bool Listed(int close, int open) =>
        close >= 0 && open > close && text.AsSpan(close + 1, open - close - 1).Trim() is [',' or ';'];

    private bool EndsSentence(int start, int end)
    {
        var last = text.AsSpan(start, end - start).TrimEnd();
        return last.Length > 0 && last[^1] is '.' or '!' or '?' or '…';
    }

    // Letters of the quote inside mentions that lie wholly within it.
    private int Covered(int start, int end)
    {
        var first = mentions.BinarySearch((start, int.MinValue));
        var covered = 0;
        for (var i = first < 0 ? ~first : first; i < mentions.Count && mentions[i].Start < end; i++)
        {
            if (mentions[i].End <= end)
            {
                covered += Letters(mentions[i].Start, mentions[i].End);
            }
        }

        return covered;
    }

    private int Letters(int start, int end)
    {
        var n = 0;
        for (var i = start; i < end; i++)
        {
            n += char.IsLetterOrDigit(text[i]) ? 1 : 0;
        }

        return n;
    }

    // The word right before the opening mark, or its last part after a hyphen or inside a compound, is a [names] noun; or
    // a spokesperson's body is named there.
    private bool NamedBefore(int open)
    {
        var (word, start) = WordBefore(open);
        return IsNameNoun(word) || (entityCues.Determiners.Contains(word.ToLowerInvariant()) && RoleBefore(start));
    }

    // "Ein Sprecher der „Polizei von DeLand“": a spokesperson word ([roles] of quotes.txt) and a determiner before the
    // marks make them the name of the body spoken for.
    private bool RoleBefore(int determiner)
    {
        var word = WordBefore(determiner).Word.ToLowerInvariant();
        return word.Length > 0 && FigureTokens.Scan(word) is [_] tokens && roles.MatchAt(word, tokens, 0) is not null;
    }

    // The letters right before a position, spaces between aside, and where they start.
    private (string Word, int Start) WordBefore(int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return (text[start..end], start);
    }

    // A [names] noun, or a compound ending in one ("Fernsehserie", "Sacharow-Preises"), in the genitive too ("des
    // Magazines", "des Senders").
    private bool IsNameNoun(string word) =>
        IsNameNounAsWritten(word) || (word.Length > ShortestTail + 1 && word.EndsWith('s') && IsNameNounAsWritten(word[..^1]))
        || (word.Length > ShortestTail + 2 && word.EndsWith("es", StringComparison.Ordinal) && IsNameNounAsWritten(word[..^2]));

    private bool IsNameNounAsWritten(string word)
    {
        for (var from = 0; from < word.Length && (from == 0 || word.Length - from >= ShortestTail); from++)
        {
            var tail = word[from..].TrimStart('-');
            if (tail.Length > 0 && FigureTokens.Scan(tail) is [_] tokens && names.MatchAt(tail, tokens, 0) is { Value: not After })
            {
                return true;
            }
        }

        return false;
    }
}
