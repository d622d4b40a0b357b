using System.Text.RegularExpressions;

namespace Storyline.Figures;

/// <summary>Web and e-mail addresses, whose digits ("q=30%25", "issn%280024") are never figures.</summary>
public static partial class WebAddresses
{
    public static IEnumerable<(int Start, int End)> Find(string text) =>
        Address().Matches(text).Select(m => (m.Index, m.Index + m.Length));

    [GeneratedRegex(@"(?:\b(?:https?|ftp)://|\bwww\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Address();
}
