using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// A speaker the entity tagger missed, named right after an attribution cue: "„…“, sagte Beck.", "so Kultusministerin
/// Eisenmann", "said Prokop". One to three capitalised words, after any titles of entities.txt [titles] ("Ministerin",
/// "US-Innenminister"), as written; never a determiner or a pronoun ("sagte der Sprecher", "sagte sie": those are read
/// elsewhere), and never a word that runs on into a longer capitalised phrase.
/// </summary>
internal sealed class WrittenSpeaker(string text, IReadOnlyList<FigureToken> tokens, EntityCues entityCues, QuoteCues quoteCues)
{
    private const int MaxWords = 3;

    // "Kultusministerin" ends in the title "ministerin": compounds of a title are titles; shorter tails would find "chef"
    // in words that are no title.
    private const int ShortestTitleTail = 6;

    public string? After(int from)
    {
        var t = from;
        while (t < tokens.Count && t - from < MaxWords && IsTitle(tokens[t].Lower) && Capitalised(t))
        {
            t++;
        }

        var first = t;
        while (t < tokens.Count && t - first < MaxWords && Capitalised(t) && !entityCues.Determiners.Contains(tokens[t].Lower)
            && quoteCues.Pronouns.MatchAt(text, tokens, t) is null && !IsTitle(tokens[t].Lower))
        {
            t++;
        }

        // "sagte Ende Mai Peter Müller": a fourth capitalised word means the words are no plain name.
        if (t == first || (t < tokens.Count && Capitalised(t)))
        {
            return null;
        }

        return text[tokens[first].Start..tokens[t - 1].End];
    }

    private bool Capitalised(int t) =>
        tokens[t].Length > 1 && char.IsUpper(text[tokens[t].Start]) && text.AsSpan(tokens[t].Start, tokens[t].Length).ContainsAnyExcept('-') && IsWord(t);

    private bool IsWord(int t)
    {
        foreach (var c in text.AsSpan(tokens[t].Start, tokens[t].Length))
        {
            if (!char.IsLetter(c) && c is not '-' and not '\'' and not '’')
            {
                return false;
            }
        }

        return true;
    }

    private bool IsTitle(string word)
    {
        var tail = word[(word.LastIndexOf('-') + 1)..];
        if (entityCues.Titles.Contains(tail))
        {
            return true;
        }

        for (var i = 1; tail.Length - i >= ShortestTitleTail; i++)
        {
            if (entityCues.Titles.Contains(tail[i..]))
            {
                return true;
            }
        }

        return false;
    }
}
