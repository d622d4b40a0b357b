namespace Storyline.Entities;

/// <summary>
/// Initials with a plural ending name a kind of thing, not one of them: "CEOs", "VCs", "NGOs", "SMEs". The tagger runs a
/// name on over them ("French VCs" as a thing); they are cut from the name's end, and what is left is judged alone
/// ("French" is a nationality word, dropped by the grouper). A mention that is nothing but such initials goes.
/// </summary>
internal static class PluralInitials
{
    public static List<RawMention> Cut(List<RawMention> mentions, string text)
    {
        var kept = new List<RawMention>(mentions.Count);
        foreach (var m in mentions)
        {
            var surface = text.AsSpan(m.Start, m.Length);
            var space = surface.LastIndexOf(' ');
            if (!Are(surface[(space + 1)..]))
            {
                kept.Add(m);
            }
            else if (space > 0)
            {
                kept.Add(m with { End = m.Start + surface[..space].TrimEnd().Length });
            }
        }

        return kept;
    }

    /// <summary>Two capitals or more and a small "s" ("VCs", "CEOs"); not "Bs" or a name in small letters ("Mrs").</summary>
    public static bool Are(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word[^1] != 's')
        {
            return false;
        }

        foreach (var c in word[..^1])
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
