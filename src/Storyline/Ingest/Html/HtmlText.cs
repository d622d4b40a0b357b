using System.Text;

namespace Storyline.Ingest.Html;

/// <summary>Whitespace helpers shared by the metadata reader and the block walker.</summary>
internal static class HtmlText
{
    /// <summary>Collapses every run of whitespace (including no-break spaces) to one space and trims; drops zero-width characters.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisible(c))
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
