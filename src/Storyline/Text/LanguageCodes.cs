namespace Storyline.Text;

/// <summary>Maps the language codes that engines and feeds write to the ones Storyline stores.</summary>
public static class LanguageCodes
{
    /// <summary>
    /// Lower-cases, drops a region or script suffix ("zh-Hant", "pt_BR") and replaces codes that ISO 639-1 withdrew
    /// (CLD2 still answers "iw" for Hebrew). Plain "no" becomes "nb" because both engines tell Bokmål from Nynorsk.
    /// Languages without a two-letter code keep their ISO 639-3 code ("haw", "ceb").
    /// </summary>
    public static string Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return LanguageGuess.UndeterminedCode;
        }

        var lower = code.Trim().ToLowerInvariant();
        var cut = lower.IndexOfAny(['-', '_']);
        if (cut > 0)
        {
            lower = lower[..cut];
        }

        return lower switch
        {
            "iw" => "he",
            "in" => "id",
            "ji" => "yi",
            "jw" => "jv",
            "no" => "nb",
            "un" or "xx" or "zxx" or "mul" or "" => LanguageGuess.UndeterminedCode,
            _ => lower,
        };
    }
}
