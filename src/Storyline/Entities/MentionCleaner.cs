using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// Trims what the tagger may take along with a name: an elided article (l', d'), a determiner, a title or job word
/// (président, CEO, Staatssekretärin), a noun introducing an organisation (Start-up, Konzern), a possessive, punctuation;
/// drops what is left without a capital letter or digit, and an organisation that is only initials naming a thing (IPO, KI).
/// </summary>
internal static class MentionCleaner
{
    // Letters of a syllable of a given name written with hyphens ("Jong", "moon", "Myung").
    private const int MaxSyllable = 5;

    public static RawMention? Clean(int tokenStart, int tokenEnd, string type, IReadOnlyList<Token> tokens, EntityCues cues, int sentenceStart)
    {
        var s = tokenStart;
        var e = tokenEnd;
        while (s < e && (IsEdgeNoise(tokens[s].Text, cues, leading: true) || IsDeterminer(tokens[s].Text, cues, s == sentenceStart)
            || (e - s > 2 && IsDescribingCompound(tokens[s].Text, cues))
            || (e - s == 2 && IsDescribingCompound(tokens[s].Text, cues, companies: !IsAcronym(tokens[s + 1].Text)))
            || (e - s > 1 && (IsYearOrRoman(tokens[s].Text) || IsHyphenatedCue(tokens[s].Text, cues)))
            || (s == tokenStart && e - s > 1 && type == "PER" && NounAfterArticle(tokens, s, cues))
            || (e - s > 3 && IsPlaceAdjective(tokens[s].Text, cues) && IsDescribingCompound(tokens[s + 1].Text, cues))
            || (e - s == 3 && IsPlaceAdjective(tokens[s].Text, cues)
                && (IsDescribingCompound(tokens[s + 1].Text, cues, companies: !IsAcronym(tokens[s + 2].Text)) || IsOwnCue(tokens[s + 1].Text, cues)))))
        {
            s++;
        }

        // "des Hamburger Herstellers Nordkamp Pharma AG": a place's adjective and a noun of the language's own that introduces
        // an organisation describe a name of two words or more after them.
        if (e - s > 3 && IsPlaceAdjective(tokens[s].Text, cues) && IsOwnCue(tokens[s + 1].Text, cues))
        {
            s += 2;
        }

        while (e > s && IsEdgeNoise(tokens[e - 1].Text, cues, leading: false) && !EndsParticleSurname(tokens, s, e - 1, cues))
        {
            e--;
        }

        if (s == e || !Enumerable.Range(s, e - s).Any(i => HasCapitalOrDigit(tokens[i].Text)))
        {
            return null;
        }

        // "des Innsbrucker Händlers", "der Münchner Autobauer": a place's adjective and a noun for a company with no name after
        // them describe one named elsewhere (unlike "Berliner Bank", a bank's name: "bank" names no company alone).
        if (e - s == 2 && IsPlaceAdjective(tokens[s].Text, cues) && cues.Capitalisation.Contains(CapitalisedNouns)
            && cues.AsWrittenOrGenitive(tokens[s + 1].Text.ToLowerInvariant(), word => cues.CompanyCues.Any(c => word == c || (word.Length > c.Length + 2 && word.EndsWith(c, StringComparison.Ordinal)))))
        {
            return null;
        }

        // "plans an IPO", "die KI": initials that name a thing are no organisation, whoever tagged them.
        if (e - s == 1 && type == "ORG" && AcronymNames.NamesAThing(tokens[s].Text, cues))
        {
            return null;
        }

        // "au XVII siècle", "Louis XIV": a name that is only Roman numerals, three or more, numbers a century or a ruler.
        if (e - s == 1 && tokens[s].Text.Length >= 3 && IsRoman(tokens[s].Text))
        {
            return null;
        }

        // "Selvani S.p.A. di Bergamo" read as one person: a legal form closes an organisation's name.
        for (var k = e - 1; k > s; k--)
        {
            if (IsLegalForm(tokens[k].Text, cues))
            {
                // "GmbH & Co. KG": legal forms joined by "&" are one.
                var closes = k + 1;
                while (closes + 1 < e && tokens[closes].Text == "&" && cues.IsDesignator(tokens[closes + 1].Text))
                {
                    closes += 2;
                    while (closes < e && (tokens[closes].Text == "." || cues.IsDesignator(tokens[closes].Text)))
                    {
                        closes++;
                    }
                }

                (e, type) = (closes, "ORG");
                break;
            }
        }

        var end = tokens[e - 1].End;

        // "OpenAI-CEO" tagged whole: the name is the part before a title; "London-based": before a lower-case word.
        var last = tokens[e - 1].Text;
        var hyphen = last.LastIndexOf('-');
        var lowerTail = hyphen > 0 && hyphen + 1 < last.Length && last[(hyphen + 1)..].All(char.IsLower) && char.IsUpper(last[0]);

        // Where nouns are capitalised, one word with a lower-case tail is a borrowed noun ("das Start-up", "Know-how",
        // "Check-in"), not a name with an English adjective after it.
        if (lowerTail && e - s == 1 && cues.Capitalisation.Contains(CapitalisedNouns))
        {
            return null;
        }

        // "Kim Jong-un", "Ban Ki-moon": a short syllable after a short one ends a person's given name, unless it is an adjective's
        // end ("Trump-era", "Blair-led").
        if (lowerTail && type == "PER" && e - s > 1 && hyphen <= MaxSyllable + 1 && last.Length - hyphen - 1 <= MaxSyllable
            && !cues.CompoundTails.Contains(last[(hyphen + 1)..]))
        {
            lowerTail = false;
        }

        if (hyphen > 0 && (cues.Titles.Contains(last[(hyphen + 1)..].ToLowerInvariant()) || lowerTail))
        {
            end = tokens[e - 1].Start + hyphen;
        }

        return new RawMention(tokens[s].Start, end, type);
    }

    /// <summary>
    /// The pieces of a span the tagger read as one person, split at each lower-case word inside it that is no particle:
    /// "Condoleezza Rice nannte Shultz" is two people and a verb. A particle (von, van, de, della, al) is a preposition, an
    /// article, a conjunction or a link inside a body's name of some language, or shorter than <see cref="ShortestRunOn"/> letters, and stays inside
    /// ("Ursula von der Leyen", "Bashar al-Assad"). Other types keep their lower-case words ("Unione europea", "Bank of England").
    /// </summary>
    public static IEnumerable<(int Start, int End)> PersonPieces(int tokenStart, int tokenEnd, string type, IReadOnlyList<Token> tokens, EntityCues cues)
    {
        var from = tokenStart;
        if (type == "PER")
        {
            for (var k = tokenStart + 1; k < tokenEnd - 1; k++)
            {
                if (IsRunOn(tokens[k].Text, cues))
                {
                    yield return (from, k);
                    from = k + 1;
                }
            }
        }

        yield return (from, tokenEnd);
    }

    // Particles are short ("van", "bin", "del"); a verb or a common noun the tagger ran on is longer ("nannte", "said").
    private const int ShortestRunOn = 4;

    private static bool IsRunOn(string word, EntityCues cues)
    {
        if (word.Length < ShortestRunOn || !word.All(char.IsLower))
        {
            return false;
        }

        return !cues.Prepositions.Contains(word) && !cues.Determiners.Contains(word) && !cues.Conjunctions.Contains(word)
            && !cues.OriginPrepositions.Contains(word) && !cues.BodyLinks.Contains(word);
    }

    // "der Softwarekonzern Trivella Digitale S.p.A.", "die Pilotengewerkschaft Beroepsvereniging Cockpitpersoneel": where
    // nouns are capitalised, a compound ending in a noun that introduces an organisation describes the name after it (of
    // two words at least, so that "Sparkassenverband Bayern" keeps its head), in the genitive too ("des Naturschutzvereins").
    // A compound ending in a noun for a company ([company-cues]: "der Chemiekonzern Kalvora") describes a one-word name
    // too: companies are not named after a place with such a noun in front; so does any describing compound before
    // initials ("die Lokführergewerkschaft GDL").
    private static bool IsDescribingCompound(string word, EntityCues cues, bool companies = false)
    {
        if (!cues.Capitalisation.Contains(CapitalisedNouns) || !char.IsUpper(word[0]))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        return cues.AsWrittenOrGenitive(lower, EndsInCue);

        bool EndsInCue(string form) => (companies ? cues.CompanyCues : cues.OrganisationCues)
            .Any(cue => cue.Length >= 5 && form.Length > cue.Length + 2 && form.EndsWith(cue, StringComparison.Ordinal));
    }

    // "des Rosenheimer Herstellers Kaltenecker": where nouns are capitalised, a noun of the language's own that introduces an
    // organisation, in the genitive too.
    private static bool IsOwnCue(string word, EntityCues cues) =>
        cues.Capitalisation.Contains(CapitalisedNouns) && char.IsUpper(word[0]) && cues.AsWrittenOrGenitive(word.ToLowerInvariant(), cues.OwnOrganisationCues.Contains);

    // "die Lokführergewerkschaft GDL": initials after a describing compound are the name, whatever the compound's noun.
    private static bool IsAcronym(string word) => word.Length > 1 && word.All(char.IsUpper);

    // "Der Schweizer Pharmakonzern Helvara AG", "der Berliner Onlinehändler Zalvio": a place's adjective (an ending of the
    // article's [place-demonym-endings]) before a describing compound describes the name too.
    internal static bool IsPlaceAdjective(string word, EntityCues cues) =>
        char.IsUpper(word[0]) && cues.PlaceDemonymEndings.Any(e => word.Length > e.Length + 3 && word.EndsWith(e, StringComparison.Ordinal));

    // "the 1998 Washington Principles", "del siglo XVII Adriaen Molenbeek": a year or a century in Roman numerals before a
    // name dates it. (A name that is only a number or numerals is left whole: nothing would remain.)
    private static bool IsYearOrRoman(string word) => (word.Length == 4 && word.All(char.IsAsciiDigit)) || IsRoman(word);

    private static bool IsRoman(string word) => word.Length >= 2 && word.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C');

    // "die Fitness-App Passo", "der Tech-Konzern Lumora": a compound whose last part introduces a product or an
    // organisation describes the name after it, in any language.
    private static bool IsHyphenatedCue(string word, EntityCues cues)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= word.Length)
        {
            return false;
        }

        var tail = word[(hyphen + 1)..].ToLowerInvariant();
        return cues.ProductCues.Contains(tail) || cues.OrganisationCues.Contains(tail);
    }

    // "nach dem Abschluss des Falls Demjanjuk", "die Anwälte des Angeklagten Becker": where nouns are capitalised, a person
    // is named without an article, so a word the tagger took into a person's name right after a lower-case article is the
    // noun the article belongs to, unless it is a first name ("der Angela Merkel").
    private static bool NounAfterArticle(IReadOnlyList<Token> tokens, int s, EntityCues cues) =>
        s > 0 && cues.Capitalisation.Contains(CapitalisedNouns) && tokens[s - 1].Text is { Length: > 0 } article && char.IsLower(article[0])
        && cues.Determiners.Contains(article) && !Names.FirstNames.Embedded.Listed(tokens[s].Text);

    // "Bruno Le Maire", "Jean-Yves Le Drian": a title word after an article written with a capital inside a name is the
    // second half of a surname, not a title the tagger took along.
    private static bool EndsParticleSurname(IReadOnlyList<Token> tokens, int start, int last, EntityCues cues) =>
        last - start >= 2 && tokens[last - 1].Text is { Length: > 1 } particle && char.IsUpper(particle[0])
        && cues.Determiners.Contains(particle.ToLowerInvariant()) && char.IsUpper(tokens[last - 2].Text[0]);

    // A designator written as a legal form, with dots or capitals inside (S.p.A., N.V., AG, GmbH), not a word that may
    // sit inside a longer name ("Technische Universität Berlin", "Deutsche Bank AG").
    internal static bool IsLegalForm(string word, EntityCues cues) => ShortForm.IsLegalForm(word, cues.OrganisationDesignators);

    /// <summary>The [capitalisation] entry of languages that capitalise every noun (German).</summary>
    public const string CapitalisedNouns = "nouns";

    public static bool HasCapitalOrDigit(string word) => word.Any(c => char.IsUpper(c) || char.IsDigit(c));

    private static bool IsEdgeNoise(string word, EntityCues cues, bool leading)
    {
        if (!word.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        var lower = word.ToLowerInvariant();
        if (cues.Titles.Contains(lower) || cues.Titles.Contains(lower.TrimEnd('.')))
        {
            return true;
        }

        // A noun that introduces an organisation or a product ("la start-up Mistral AI", "das Start-up Mistral AI", "die
        // App Lumora Live" where nouns are capitalised) is not part of it; elsewhere a capitalised one opens the name (Union
        // européenne, Bank of England), and so does another language's capitalised noun ("Gruppo Selvani S.p.A." in German).
        // Where nouns are capitalised, a compound title ("Oberstaatsanwältin") and such a noun in the genitive ("des
        // Herstellers") go too.
        return leading
            ? IsElision(lower, cues) || IsOwnCue(word, cues) || (cues.Capitalisation.Contains(CapitalisedNouns) && char.IsUpper(word[0]) && TitledNames.IsTitle(word, cues))
                || ((cues.OrganisationCues.Contains(lower) || cues.ProductCues.Contains(lower))
                    && (!char.IsUpper(word[0]) || (cues.Capitalisation.Contains(CapitalisedNouns) && (cues.OwnOrganisationCues.Contains(lower) || !cues.OrganisationCues.Contains(lower)))))
            : cues.Possessives.Contains(lower.Replace('’', '\''))
                // "Sanne de Wilde van het kantoor …": a lower-case preposition, article or conjunction the tagger ran on with
                // ends no name ("la Región de Murcia y").
                || (char.IsLower(word[0]) && (cues.Prepositions.Contains(lower) || cues.Determiners.Contains(lower) || cues.Conjunctions.Contains(lower)))
                // "Der Wolf riss drei Schafe": where every noun has a capital, a word of small letters only ends no name; it
                // is the verb or the adjective after it ("e.V." and "gGmbH" are written otherwise).
                || (cues.Capitalisation.Contains(CapitalisedNouns) && word.Length > 1 && word.All(char.IsLower));
    }

    // "the European Union" loses its article; "La Jonquera", "Los Angeles", "De Telegraaf" keep theirs: a capitalised
    // article belongs to the name, unless it is capitalised only because it opens the sentence.
    // A preposition opening the sentence ("Voor Lumora is ...") is capitalised only for that reason.
    // A lower-case preposition the tagger took along ("von Lumora" in "die Pläne von Lumora") is outside the name; a
    // particle inside a name ("Ursula von der Leyen") never leads it.
    private static bool IsDeterminer(string word, EntityCues cues, bool opensSentence) =>
        (cues.Determiners.Contains(word.ToLowerInvariant()) && (opensSentence || !char.IsUpper(word[0])))
        || ((opensSentence || !char.IsUpper(word[0])) && cues.Prepositions.Contains(word.ToLowerInvariant()));

    /// <summary>An elided article written against a name (l', dell'), lower-cased.</summary>
    internal static bool IsElision(string lower, EntityCues cues) =>
        lower.Length > 1 && lower[^1] is '\'' or '’' && cues.Elisions.Contains(lower[..^1]);
}
