namespace Storyline.Entities.Names.Building;

/// <summary>
/// The forms of a source name worth matching in text: "Congo (DRC)" gives Congo and DRC, "Catalunya [Cataluña]" gives both,
/// while CLDR's disambiguated labels ("Congo - Kinshasa", "Hong Kong SAR China") and inverted ISO names ("Korea, Republic of") give none,
/// because no article writes them that way.
/// </summary>
internal static class NameForms
{
    public static IEnumerable<string> Of(string name)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Contains(" - ", StringComparison.Ordinal) || name.Contains(',', StringComparison.Ordinal)
            || name.Contains(" SAR", StringComparison.Ordinal) || name.Contains("R.A.S.", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (var (open, close) in new[] { ('(', ')'), ('[', ']') })
        {
            var start = name.IndexOf(open, StringComparison.Ordinal);
            var end = name.IndexOf(close, StringComparison.Ordinal);
            if (start > 0 && end > start)
            {
                var outer = string.Join(' ', (name[..start] + name[(end + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                var inner = name[(start + 1)..end].Trim();
                if (outer.Length > 0)
                {
                    yield return outer;
                }

                // iso-codes writes a second official name in square brackets (Catalunya [Cataluña]); inside parentheses only an
                // acronym is a name of its own (DRC), "(Republic)" or "(Keeling)" is not.
                if (inner.Length > 1 && (open == '[' || inner.All(c => char.IsUpper(c) || c == '.')))
                {
                    yield return inner;
                }

                yield break;
            }
        }

        yield return name;
    }

    /// <summary>
    /// The first name that is already clean (one form, itself), so that a canonical name is never a cut-down label
    /// ("Congo" for "Congo (DRC)"); failing that, the first form of any name ("Cocos (Keeling) Islands" gives "Cocos Islands"); or null.
    /// </summary>
    public static string? First(IEnumerable<string?> names)
    {
        var all = names.OfType<string>().ToList();
        return all.FirstOrDefault(n => Of(n).ToList() is [var only] && only == n.Trim())?.Trim() ?? all.SelectMany(Of).FirstOrDefault();
    }
}
