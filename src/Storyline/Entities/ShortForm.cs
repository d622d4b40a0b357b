namespace Storyline.Entities;

/// <summary>
/// Whether one name is a short form of another: a person's last words (Altman → Sam Altman; news rarely calls people by
/// their first name) or name without its middle initials (Maria Olsen → Maria T. Olsen); an organisation's
/// name without its designators, after it or before it (Mistral → Mistral AI, Helvara → Helvara AG, Orsini → Farmaceutici
/// Orsini, Santander → Banco Santander; not Google → Google DeepMind), or a registered company's first word (Maaskade →
/// Maaskade Terminals B.V.); or the
/// initials of its capitalised words (NRF → National Research Foundation).
/// </summary>
public static class ShortForm
{
    public static bool Of(string shortName, string longName, bool person, IReadOnlySet<string> designators)
    {
        var shortWords = Words(shortName);
        var longWords = Words(longName);
        if (shortWords.Length < longWords.Length)
        {
            var prefix = longWords.Take(shortWords.Length).SequenceEqual(shortWords, StringComparer.Ordinal);
            var suffix = longWords.TakeLast(shortWords.Length).SequenceEqual(shortWords, StringComparer.Ordinal)
                || (person && ParticleCapitalised(shortWords, longWords))
                || (person && WithoutInitials(shortName, longName));
            bool Designators(IEnumerable<string> words) => words.All(w => designators.Contains(w.ToLowerInvariant()));
            // "Maaskade" for "Maaskade Terminals B.V.": a registered company's first word (see OrganisationShortNames).
            if (person
                ? suffix
                : (prefix && Designators(longWords.Skip(shortWords.Length))) || (suffix && Designators(longWords.SkipLast(shortWords.Length)))
                    || (prefix && shortWords.Length == 1 && longWords.Length > 2 && IsLegalForm(longWords[^1], designators)))
            {
                return true;
            }
        }

        return IsAcronym(shortName, longWords);
    }

    /// <summary>
    /// Whether a word is a designator written as a legal form, with dots or capitals inside (S.p.A., B.V., e.V., GmbH, AG,
    /// eG, gGmbH), which closes a company's registered name.
    /// </summary>
    public static bool IsLegalForm(string word, IReadOnlySet<string> designators) =>
        word.Length > 1 && (word.Contains('.', StringComparison.Ordinal) || word.Skip(1).Any(char.IsUpper))
        && (designators.Contains(word.ToLowerInvariant()) || designators.Contains(word.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant()));

    /// <summary>Whether a person's name of two words or more is another's without its middle initials (Maria Olsen, Maria T. Olsen).</summary>
    public static bool WithoutInitials(string shortName, string longName)
    {
        var shortWords = Words(shortName);
        var longWords = Words(longName);
        return shortWords.Length > 1 && shortWords.Length < longWords.Length && longWords.Where(w => !IsInitial(w)).SequenceEqual(shortWords, StringComparer.Ordinal);
    }

    // "T.", "J.R.", "W": a middle initial, one capital letter with or without its full stop, or several with theirs.
    private static bool IsInitial(string word) =>
        word.Length > 0 && char.IsUpper(word[0])
        && (word.Length == 1 || (word.Length % 2 == 0 && Enumerable.Range(0, word.Length / 2).All(i => char.IsUpper(word[2 * i]) && word[(2 * i) + 1] == '.')));

    // "Van Wijngaarden" for "Arie van Wijngaarden": Dutch writes the particle with a capital where no first name precedes it.
    private static bool ParticleCapitalised(string[] shortWords, string[] longWords)
    {
        if (shortWords.Length < 2)
        {
            return false;
        }

        var particle = longWords[^shortWords.Length];
        return char.IsLower(particle[0]) && char.IsUpper(shortWords[0][0])
            && string.Equals(shortWords[0], char.ToUpperInvariant(particle[0]) + particle[1..], StringComparison.Ordinal)
            && longWords.TakeLast(shortWords.Length - 1).SequenceEqual(shortWords.Skip(1), StringComparer.Ordinal);
    }

    /// <summary>A name without spaces, hyphens and case, so that spellings of one name compare equal ("Open AI", "OpenAI").</summary>
    public static string Compact(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '‐' or '.'))).ToLowerInvariant();

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
