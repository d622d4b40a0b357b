using System.Globalization;
using System.Net;
using System.Text;

namespace Storyline.Text;

/// <summary>
/// Normalises decoded text: repairs double decoding, decodes stray HTML entities, applies Unicode NFC,
/// folds exotic spaces and removes invisible characters, then splits it into paragraphs.
/// </summary>
public sealed class TextNormalizer
{
    /// <summary>Returns the normalised paragraphs of a text in reading order.</summary>
    public IReadOnlyList<string> Paragraphs(string text)
    {
        var lines = Normalize(text).Split('\n');
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush(current, paragraphs);
                continue;
            }

            if (current.Length > 0 && !IsContinuation(current, line))
            {
                Flush(current, paragraphs);
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        Flush(current, paragraphs);
        return paragraphs;
    }

    /// <summary>Character-level normalisation without paragraph splitting; newlines are kept.</summary>
    public string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        text = MojibakeRepair.Repair(text);
        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        continue;
                    }

                    AppendNewline(sb, ref pendingSpace);
                    continue;
                case '\n' or '\u2028' or '\u2029' or '\u0085':
                    AppendNewline(sb, ref pendingSpace);
                    continue;
                // Soft hyphen, zero-width space, word joiner, BOM: invisible, and they split words for search and matching.
                case '\u00AD' or '\u200B' or '\u2060' or '\uFEFF':
                    continue;
            }

            if (char.IsWhiteSpace(c) || c == '\t')
            {
                pendingSpace = sb.Length > 0 && sb[^1] != '\n';
                continue;
            }

            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c != '\u200C' && c != '\u200D')
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void AppendNewline(StringBuilder sb, ref bool pendingSpace)
    {
        pendingSpace = false;
        sb.Append('\n');
    }

    // A hard-wrapped line goes on in lower case after a line without final punctuation; anything else starts a new paragraph.
    private static bool IsContinuation(StringBuilder current, string next)
    {
        var last = current[^1];
        if (".!?:;»\"”“’…)]".Contains(last, StringComparison.Ordinal))
        {
            return false;
        }

        return char.IsLower(next[0]) && !next.StartsWith("- ", StringComparison.Ordinal);
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }
}
