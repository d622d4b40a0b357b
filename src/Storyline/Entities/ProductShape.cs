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
    /// Passo" (a compound ending in one), "l'application Passo"; or a few lower-case words before it that end in a noun
    /// ("l'app per il fitness Passo", "l'application de fitness Passo"; not "le modèle de Mistral", which is Mistral's, nor
    /// "l'application de la banque Helvara"). After the name it says less: "the Lumora app" is the company's.
    /// </summary>
    public static bool Introduced(string text, int start, EntityCues cues, int words = IntroducingWords)
    {
        var end = start;
        for (var gap = 0; gap <= words; gap++)
        {
            var (word, wordStart) = WordEndingAt(text, end);
            if (word.Length == 0)
            {
                return false;
            }

            var lower = word.ToLowerInvariant();
            if (cues.ProductCues.Contains(lower)
                || cues.ProductCues.Any(c => c.Length >= ShortestCompoundCue && lower.Length >= c.Length + ShortestCompoundCue && lower.EndsWith(c, StringComparison.Ordinal)))
            {
                return true;
            }

            // The word right before the name must be a noun, not a determiner or preposition; those further back may be any.
            var fits = gap > 0 || (lower.Length > 3 && !cues.Determiners.Contains(lower) && !cues.Prepositions.Contains(lower) && !cues.BodyLinks.Contains(lower));
            if (!fits || !char.IsLower(word[0]) || cues.IsOrganisationCue(lower) || !Spaced(text, wordStart, end))
            {
                return false;
            }

            end = wordStart;
        }

        return false;
    }

    // Words that may stand between a product noun and the name it introduces.
    private const int IntroducingWords = 3;

    /// <summary>
    /// Whether the name is described right after it as a product: a comma, then a word that introduces products within the
    /// next few words ("Moshi, an AI-powered voice assistant", "Passo, l'application de fitness"), as
    /// <see cref="OrganisationEvidence.Described"/> reads "Voltaria, a Turin start-up".
    /// </summary>
    public static bool Described(string text, int end, EntityCues cues) =>
        OrganisationEvidence.Apposition(text, end, cues, cues.ProductCues.Contains);

    /// <summary>Whether a word that introduces products stands right after the name: "the Noordwind Go app".</summary>
    public static bool Followed(string text, int end, EntityCues cues) => cues.ProductCues.Contains(WordAfter(text, end));

    // "fitnessapp", "Gesundheitsapp": a cue this long or longer ends a compound that names a kind of product.
    private const int ShortestCompoundCue = 3;

    /// <summary>
    /// Whether a name of two words or more ends in a model code: capitals and digits, both, at most five ("Voltaria N1",
    /// "Airbus A380", "Galaxy S24"), or one small letter and digits ("OpenAI o1"); a bare number ("Paris 2024", "Formel 1")
    /// is no code.
    /// </summary>
    public static bool EndsInModelCode(string name)
    {
        var space = name.LastIndexOf(' ');
        var last = space < 0 ? "" : name[(space + 1)..];
        return (last.Length is >= 2 and <= 5 && last.Any(char.IsDigit) && last.Any(char.IsUpper) && last.All(c => char.IsUpper(c) || char.IsDigit(c)))
            || SmallModelCode(last);
    }

    /// <summary>A model code in small letters: one letter and up to three digits ("o1", "i4"; not "q3", a quarter).</summary>
    public static bool SmallModelCode(string word) =>
        word.Length is >= 2 and <= 4 && char.IsAsciiLetterLower(word[0]) && word[0] != 'q' && word.Skip(1).All(char.IsAsciiDigit);

    /// <summary>
    /// Whether a word is written like a brand, as no first name is: two capitals after a small letter (ChatGPT, OpenAI) or a
    /// small letter first (iPhone, eBay). First names with a capital inside have one ("LeBron", "DeShawn", "McKenzie").
    /// </summary>
    public static bool Brand(string word)
    {
        if (word.Length > 1 && char.IsLower(word[0]) && word.Skip(1).Any(char.IsUpper))
        {
            return true;
        }

        for (var i = 2; i < word.Length; i++)
        {
            if (char.IsLower(word[i - 2]) && char.IsUpper(word[i - 1]) && char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
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

    private static string WordBefore(string text, int start) => WordEndingAt(text, start).Word.ToLowerInvariant();

    /// <summary>
    /// Whether the name at <paramref name="start"/> opens a quotation right after a brand noun (<c>[brand-cues]</c>):
    /// "der Marke „Oro del Salento“", "la marque « Oro del Salento »", "il marchio «Oro del Salento»".
    /// </summary>
    public static bool QuotedBrand(string text, int start, EntityCues cues)
    {
        var at = start;
        while (at > 0 && text[at - 1] is ' ' or '\u00A0' or '\u202F')
        {
            at--;
        }

        if (at == 0 || !Quotes.QuoteMarks.OpensAt(text, at - 1))
        {
            return false;
        }

        var (word, _) = WordEndingAt(text, at - 1);
        return word.Length > 0 && cues.BrandCues.Contains(word.ToLowerInvariant());
    }

    // The word that ends before `end`, past what is no letter, and where it starts.
    private static (string Word, int Start) WordEndingAt(string text, int end)
    {
        var stop = end;
        while (stop > 0 && !char.IsLetter(text[stop - 1]))
        {
            stop--;
        }

        var begin = stop;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return (text[begin..stop], begin);
    }

    // Whether only spaces stand between a word and what follows it.
    private static bool Spaced(string text, int wordStart, int end)
    {
        var stop = wordStart;
        while (stop < end && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return stop < end && text.AsSpan(stop, end - stop).Trim(' ').IsEmpty;
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
