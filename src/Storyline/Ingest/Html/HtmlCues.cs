namespace Storyline.Ingest.Html;

/// <summary>
/// Boilerplate labels of one or more languages ("Lire aussi", "Weiterlesen", "Anzeige"), each with the reason recorded
/// when a block carrying it is dropped. Built by <see cref="HtmlResources"/> from <c>Resources/&lt;lang&gt;/html-cues.txt</c>.
/// </summary>
public sealed class HtmlCues
{
    // A "Lire aussi : <headline>" line is a teaser; a long paragraph that happens to start with "Photo" is not.
    private const int MaxPrefixedBlockLength = 160;

    private readonly Dictionary<string, string> reasons;
    private readonly int longestCue;

    public HtmlCues(IEnumerable<(string Reason, string Cue)> cues, IReadOnlyList<string> languages)
    {
        reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (reason, cue) in cues)
        {
            // The first language to declare a cue decides its reason; "newsletter" means the same everywhere.
            reasons.TryAdd(cue, reason);
            longestCue = Math.Max(longestCue, cue.Length);
        }

        Languages = languages;
    }

    /// <summary>The language folders the cues came from (ISO 639-1).</summary>
    public IReadOnlyList<string> Languages { get; }

    public int Count => reasons.Count;

    /// <summary>
    /// The reason to drop a block of collapsed text, or null. The block matches when it is a cue (ignoring case and
    /// trailing punctuation), or starts with a cue followed by a separator and is short or mostly link text.
    /// </summary>
    public string? Match(string text, double linkDensity)
    {
        if (text.Length == 0 || text.Length > Math.Max(MaxPrefixedBlockLength, longestCue + 8) && linkDensity < 0.5)
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        var whole = lower.AsSpan().Trim(" :|»›>→…-–—.!?()[]*+#\"'".AsSpan());
        if (whole.Length == 0)
        {
            return null;
        }

        var lookup = reasons.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(whole, out var reason))
        {
            return reason;
        }

        // "Lire aussi : …", "Foto: dpa", "Tags: a, b": the cue is a prefix that ends at a separator. A cue of three or
        // more words may also be followed by a plain space ("This entry was posted in …"): such phrases are not prose openers.
        for (var i = 1; i < whole.Length && i <= longestCue; i++)
        {
            var c = whole[i];
            var separator = c is ':' or '»' or '›' or '|' or '→' or '…' or '>' or '(' or '/'
                || (c == ' ' && text.Length <= MaxPrefixedBlockLength && whole[..i].Count(' ') >= 2);
            if (separator)
            {
                var prefix = whole[..i].TrimEnd(' ');
                if (lookup.TryGetValue(prefix, out reason))
                {
                    return reason;
                }
            }
        }

        return null;
    }
}
