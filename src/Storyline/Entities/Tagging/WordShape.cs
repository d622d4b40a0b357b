using System.Text;

namespace Storyline.Entities.Tagging;

/// <summary>Word shapes: "OpenAI" → "XxxxxXX" and, collapsed, "XxX"; digits are d, other characters stay as they are.</summary>
public static class WordShape
{
    private const int MaxLength = 12;

    public static string Of(string word)
    {
        var builder = new StringBuilder(Math.Min(word.Length, MaxLength));
        foreach (var c in word)
        {
            if (builder.Length == MaxLength)
            {
                break;
            }

            builder.Append(Class(c));
        }

        return builder.ToString();
    }

    public static string Short(string word)
    {
        var builder = new StringBuilder(8);
        var last = '\0';
        foreach (var c in word)
        {
            var k = Class(c);
            if (k != last)
            {
                builder.Append(k);
                last = k;
            }
        }

        return builder.ToString();
    }

    private static char Class(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
}
