namespace Storyline.Entities;

/// <summary>Whether one name is a short form of another: its first words (Mistral → Mistral AI), a person's last words
/// (Altman → Sam Altman), or the initials of its capitalised words (NRF → National Research Foundation).</summary>
public static class ShortForm
{
    public static bool Of(string shortName, string longName, bool person)
    {
        var shortWords = Words(shortName);
        var longWords = Words(longName);
        if (shortWords.Length < longWords.Length
            && (longWords.Take(shortWords.Length).SequenceEqual(shortWords, StringComparer.Ordinal)
                || (person && longWords.TakeLast(shortWords.Length).SequenceEqual(shortWords, StringComparer.Ordinal))))
        {
            return true;
        }

        return IsAcronym(shortName, longWords);
    }

    private static bool IsAcronym(string acronym, string[] longWords)
    {
        if (acronym.Length is < 2 or > 8 || !acronym.All(char.IsUpper))
        {
            return false;
        }

        var initials = string.Concat(longWords.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return initials.Length >= 2 && string.Equals(initials, acronym, StringComparison.Ordinal);
    }

    private static string[] Words(string name) => name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
}
