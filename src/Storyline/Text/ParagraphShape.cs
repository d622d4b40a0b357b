using System.Text.RegularExpressions;

namespace Storyline.Text;

/// <summary>Language-independent shape of a paragraph: length in words, whether it reads like a headline, whether it is a link.</summary>
public static partial class ParagraphShape
{
    public static int Words(string paragraph)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in paragraph)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && !char.IsWhiteSpace(c));
        }

        return count;
    }

    /// <summary>Short, starts with a capital or digit, and has no sentence-final punctuation: a title or a link to another story.</summary>
    public static bool IsHeadline(string paragraph, int maxWords = 20)
    {
        if (paragraph.Length == 0 || Words(paragraph) > maxWords)
        {
            return false;
        }

        var first = paragraph[0];
        var last = paragraph[^1];
        return (char.IsUpper(first) || char.IsDigit(first)) && (char.IsLetterOrDigit(last) || last is ')' or '?' or '!' || EndsWithInitials(paragraph));
    }

    // "… baby food in the U.S.", "… talks with the E.U.": a headline may end in initials written with stops, which close
    // no sentence.
    private static bool EndsWithInitials(string paragraph)
    {
        var i = paragraph.Length - 1;
        var letters = 0;
        while (i >= 1 && paragraph[i] == '.' && char.IsUpper(paragraph[i - 1]))
        {
            letters++;
            i -= 2;
        }

        return letters >= 2 && (i < 0 || paragraph[i] == ' ');
    }

    public static bool HasUrl(string paragraph) => Url().IsMatch(paragraph);

    /// <summary>The paragraph with its URLs taken out, to tell a bare link line from prose that cites one.</summary>
    public static string WithoutUrls(string paragraph) => Url().Replace(paragraph, " ").Trim();

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
