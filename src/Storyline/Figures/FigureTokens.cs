using System.Globalization;
using System.Text;

namespace Storyline.Figures;

/// <summary>
/// Cuts text into the tokens the figure cues are written in: runs of letters, digits and inner hyphens ("US-Dollar"),
/// an elided article with its apostrophe ("d'" of "d’euros"), and every other non-space character alone ("$", "%", ".").
/// </summary>
public static class FigureTokens
{
    public static IReadOnlyList<FigureToken> Scan(string text)
    {
        var tokens = new List<FigureToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!IsWordChar(c))
            {
                // A surrogate pair (an emoji) stays one sign.
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                tokens.Add(new FigureToken(i, length, Normalise(text.AsSpan(i, length))));
                i += length;
                continue;
            }

            var start = i;
            while (i < text.Length)
            {
                if (i > start && IsApostrophe(text[i]) && IsElision(text.AsSpan(start, i - start)))
                {
                    // "d’euros": the elided article is a token of its own, apostrophe included ("Lumora's" stays one).
                    i++;
                    break;
                }

                if (!IsWordChar(text[i]) && !(IsJoiner(text[i]) && i > start && i + 1 < text.Length && IsWordChar(text[i + 1])))
                {
                    break;
                }

                i++;
            }

            tokens.Add(new FigureToken(start, i - start, Normalise(text.AsSpan(start, i - start))));
        }

        return tokens;
    }

    /// <summary>Lower case, typographic apostrophes as '.</summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(IsApostrophe(c) ? '\'' : char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    // Elided articles and conjunctions are one or two letters or end in "qu" (l', d', qu', jusqu', lorsqu').
    private static bool IsElision(ReadOnlySpan<char> before) =>
        before.Length <= 2 || before.EndsWith("qu", StringComparison.OrdinalIgnoreCase);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsJoiner(char c) => c == '-' || IsApostrophe(c);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
