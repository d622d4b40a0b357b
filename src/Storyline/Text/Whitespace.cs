using System.Text;

namespace Storyline.Text;

/// <summary>Folds every run of whitespace to one space and trims the ends (Python's <c>re.sub(r"\s+", " ", s).strip()</c>).</summary>
public static class Whitespace
{
    public static string Collapse(string text)
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

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
