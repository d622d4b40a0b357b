using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// One name, one reading per article: a name the tagger found once is marked wherever else the article writes it the
/// same way (same tokens, same capitals) and the tagger missed it. Linear: a lookup per token and name length.
/// </summary>
internal static class MentionSpreader
{
    private const int MaxTokens = 6;

    public static List<RawMention> Spread(List<RawMention> mentions, IReadOnlyList<Token> tokens, string text)
    {
        var covered = new bool[tokens.Count];
        var startIndex = new Dictionary<int, int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            startIndex[tokens[i].Start] = i;
        }

        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            known.TryAdd(text[m.Start..m.End], m.ConllType);
            if (startIndex.TryGetValue(m.Start, out var t))
            {
                for (var i = t; i < tokens.Count && tokens[i].Start < m.End; i++)
                {
                    covered[i] = true;
                }
            }
        }

        var added = new List<RawMention>(mentions);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !MentionCleaner.HasCapitalOrDigit(tokens[i].Text))
            {
                continue;
            }

            for (var length = Math.Min(MaxTokens, tokens.Count - i); length >= 1; length--)
            {
                if (Enumerable.Range(i, length).Any(k => covered[k]))
                {
                    continue;
                }

                var surface = text[tokens[i].Start..tokens[i + length - 1].End];
                if (known.TryGetValue(surface, out var type) && IsWholeWord(text, tokens[i].Start, tokens[i + length - 1].End))
                {
                    added.Add(new RawMention(tokens[i].Start, tokens[i + length - 1].End, type));
                    for (var k = i; k < i + length; k++)
                    {
                        covered[k] = true;
                    }

                    break;
                }
            }
        }

        return added;
    }

    private static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
}
