using System.Text;

namespace Storyline.Text;

/// <summary>Folds every run of whitespace to one space and trims the ends (Python's <c>re.sub(r"\s+", " ", s).strip()</c>).</summary>
public static class Whitespace
{
    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> without the whitespace at its ends.</summary>
    public static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <param name="text">The text to fold.</param>
    /// <param name="dropInvisible">Also drop zero-width characters and soft hyphens, which split words invisibly.</param>
    public static string Collapse(string text, bool dropInvisible = false)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (dropInvisible && IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Zero-width and soft-hyphen characters that split words invisibly; tokenisation and matching must not see them.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
