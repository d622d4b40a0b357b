namespace Storyline.Entities;

/// <summary>
/// Whether a miscellaneous name reads as a product: written like one (ChatGPT, iPhone: a capital after a small letter;
/// GPT-4, o1, A380: letters with digits) or next to a word that introduces products (l'application, the model, die App).
/// </summary>
internal static class ProductShape
{
    public static bool Looks(string text, int start, int end, EntityCues cues)
    {
        var name = text.AsSpan(start, end - start);
        if (Camel(name))
        {
            return true;
        }

        if (name.ContainsAny("0123456789") && name.ContainsAnyExcept("0123456789.,- "))
        {
            return true;
        }

        return cues.ProductCues.Contains(WordBefore(text, start)) || cues.ProductCues.Contains(WordAfter(text, end));
    }

    /// <summary>
    /// Whether a word that introduces products stands right before the name: "die Fitness-App Passo", "de fitnessapp
    /// Passo" (a compound ending in one), "l'application Passo". After the name it says less: "the Lumora app" is the
    /// company's.
    /// </summary>
    public static bool Introduced(string text, int start, EntityCues cues)
    {
        var before = WordBefore(text, start);
        return cues.ProductCues.Contains(before)
            || cues.ProductCues.Any(c => c.Length >= ShortestCompoundCue && before.Length >= c.Length + ShortestCompoundCue && before.EndsWith(c, StringComparison.Ordinal));
    }

    /// <summary>Whether a word that introduces products stands right after the name: "the Noordwind Go app".</summary>
    public static bool Followed(string text, int end, EntityCues cues) => cues.ProductCues.Contains(WordAfter(text, end));

    // "fitnessapp", "Gesundheitsapp": a cue this long or longer ends a compound that names a kind of product.
    private const int ShortestCompoundCue = 3;

    /// <summary>
    /// Whether a name of two words or more ends in a model code: capitals and digits, both, at most five ("Voltaria N1",
    /// "Airbus A380", "Galaxy S24"); a bare number ("Paris 2024", "Formel 1") is no code.
    /// </summary>
    public static bool EndsInModelCode(string name)
    {
        var space = name.LastIndexOf(' ');
        var last = space < 0 ? "" : name[(space + 1)..];
        return last.Length is >= 2 and <= 5 && last.Any(char.IsDigit) && last.Any(char.IsUpper) && last.All(c => char.IsUpper(c) || char.IsDigit(c));
    }

    /// <summary>Whether a capital follows a small letter inside the name: ChatGPT, iPhone, OpenAI.</summary>
    public static bool Camel(ReadOnlySpan<char> name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsLower(name[i - 1]) && char.IsUpper(name[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end].ToLowerInvariant();
    }

    private static string WordAfter(string text, int end)
    {
        var begin = end;
        while (begin < text.Length && !char.IsLetter(text[begin]))
        {
            begin++;
        }

        var stop = begin;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return text[begin..stop].ToLowerInvariant();
    }
}
