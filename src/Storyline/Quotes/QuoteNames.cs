using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// Whether words between quotation marks are a name or a title rather than something said: the article's entity mentions
/// cover at least half of them („Reporter ohne Grenzen“, “New York Times”), or a noun of quotes.txt [names] stands right
/// before the marks (der Film „Nackt unter Wölfen“, the album “A Bigger Bang”). A quote that ends a sentence inside its
/// marks is never a name: titles rarely end in a full stop and statements do.
/// </summary>
internal sealed class QuoteNames
{
    // The shortest tail of a compound read as a [names] noun: "serie" in "Fernsehserie"; shorter tails ("lied" aside)
    // would find "rat" in "Beirat" and "tor" in "Autor".
    private const int ShortestTail = 4;

    private readonly string text;
    private readonly PhraseTable names;
    private readonly List<(int Start, int End)> mentions;

    public QuoteNames(string text, QuoteCues cues, IReadOnlyList<Entity> entities)
    {
        this.text = text;
        names = cues.Names;
        mentions = entities.SelectMany(e => e.Mentions).Select(m => (m.Start, m.Start + m.Length)).Order().ToList();
    }

    public bool IsName(int start, int end, int open)
    {
        if (EndsSentence(start, end))
        {
            return false;
        }

        return Covered(start, end) * 2 >= Letters(start, end) || NamedBefore(open);
    }

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

    // The word right before the opening mark, or its last part after a hyphen or inside a compound.
    private bool NamedBefore(int open)
    {
        var end = open;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..end];
        for (var from = 0; from < word.Length && (from == 0 || word.Length - from >= ShortestTail); from++)
        {
            var tail = word[from..];
            if (FigureTokens.Scan(tail) is [_] tokens && names.MatchAt(tail, tokens, 0) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
