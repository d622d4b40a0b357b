using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// What the words around a name say about it for attribution: whether a preposition or a genitive governs it (then it is
/// what a sentence is about, not who speaks), and whether spokesperson words stand among some tokens.
/// </summary>
internal sealed class SpeakerGrammar(string text, QuoteCues cues, EntityCues entityCues, QuoteTokens reading)
{
    private readonly IReadOnlyList<FigureToken> tokens = reading.Tokens;

    /// <summary>
    /// A mention in a genitive attribute of a noun ("die Defizitkriterien der EU"): a determiner of quotes.txt
    /// [genitive-determiners] right before it, and before that a capitalised word that does not open the sentence. It names
    /// what the noun belongs to, not who speaks; but after a title or a role ("ein Sprecher der Bahn", "Hauptgeschäftsführer
    /// des BPI") it names whom the speaker speaks for, and after a noun of what was said or written ("In einer Erklärung der
    /// EU-Außenminister hatte es geheißen:", "das Fazit der Veranstalter") it names whose words they are.
    /// </summary>
    public bool InGenitiveAttribute((int Start, int End, Entity Entity) mention)
    {
        var first = reading.TokenAtOrAfter(mention.Start);
        if (first < 3 || !cues.GenitiveDeterminers.Contains(tokens[first - 1].Lower) || reading.IsMarkToken(first - 2) || reading.Ends(first - 3))
        {
            return false;
        }

        var noun = tokens[first - 2].Lower;
        return char.IsUpper(text[tokens[first - 2].Start]) && noun.All(char.IsLetter) && !Entities.TitledNames.IsTitle(noun, entityCues)
            && !cues.Roles.Phrases.Concat(cues.Statements.Phrases).Concat(cues.SpeechNouns.Phrases).Any(r => noun.EndsWith(r, StringComparison.Ordinal));
    }

    // A mention after a preposition of entities.txt or quotes.txt [prepositions] ("gegen Merz", "with Altman", "in der
    // ARD"), or in the genitive: its
    // last word is the name's last word plus a genitive ending ("Stoibers", "Altman's").
    public bool Governed((int Start, int End, Entity Entity) mention)
    {
        // "bei Twitter", "in der ARD", "von der Europäischen Union": a preposition, then at most one determiner; a title
        // may stand between ("van oprichter Jonas Reuter-Lind", "from its founder Jonas Reuter-Lind").
        var first = reading.TokenAtOrAfter(mention.Start);
        // "Theo Zwanziger, Präsident des Deutschen Fußball-Bunds (DFB) nannte", "Christian Wulff (CDU) sagte": a name in
        // brackets is an aside to the name before it, never the subject.
        if (first > 0 && tokens[first - 1].Lower == "(")
        {
            return true;
        }

        var before = first - 1;
        if (before > 0 && char.IsLower(text[tokens[before].Start]) && Entities.TitledNames.IsTitle(tokens[before].Lower, entityCues))
        {
            before--;
        }

        // "zusammen mit seinen Kollegen Edwin Aldrin": where nouns are capitalised, a noun with its determiner or possessive
        // between the preposition and the name.
        if (before == first - 1 && before > 1 && entityCues.Capitalisation.Contains("nouns") && char.IsUpper(text[tokens[before].Start])
            && tokens[before].Lower.All(char.IsLetter) && IsDeterminer(before - 1) && IsPreposition(before - 2))
        {
            return true;
        }

        before = before > 0 && entityCues.Determiners.Contains(tokens[before].Lower) ? before - 1 : before;
        if (before >= 0 && (IsPreposition(before) || ConjoinedToGoverned(before)))
        {
            return true;
        }

        var surface = text.AsSpan(mention.Start, mention.End - mention.Start);
        var name = mention.Entity.Name.AsSpan();
        var lastWritten = surface[(surface.LastIndexOf(' ') + 1)..];
        var lastName = name[(name.LastIndexOf(' ') + 1)..];
        if (!lastWritten.StartsWith(lastName, StringComparison.Ordinal) || lastWritten.Length == lastName.Length)
        {
            return false;
        }

        var ending = lastWritten[lastName.Length..].ToString();
        return ending is "'s" or "’s" || entityCues.GenitiveEndings.Contains(ending);
    }

    // "Zusammen mit Erwin Albers und Michael Conrads lenkte er …": a name joined by a conjunction to a name after a
    // preposition is governed by it too. Token t is the conjunction; the name before it is a few capitalised words.
    private bool ConjoinedToGoverned(int t)
    {
        if (t < 2 || !entityCues.Conjunctions.Contains(tokens[t].Lower))
        {
            return false;
        }

        var k = t - 1;
        while (k >= 0 && t - k <= ConjoinedNameWords && char.IsUpper(text[tokens[k].Start]) && !IsPreposition(k))
        {
            k--;
        }

        k = k < t - 1 && k > 0 && IsDeterminer(k) ? k - 1 : k;
        return k >= 0 && k < t - 1 && IsPreposition(k);
    }

    // The longest name read back over before a conjunction: a first name, a particle-less surname and a double name.
    private const int ConjoinedNameWords = 3;

    private bool IsDeterminer(int t) => entityCues.Determiners.Contains(tokens[t].Lower) || entityCues.PossessiveDeterminers.Contains(tokens[t].Lower);

    /// <summary>Whether token t is a preposition of entities.txt or quotes.txt [prepositions].</summary>
    public bool IsPreposition(int t) => cues.IsPreposition(text, tokens, t, entityCues);

    /// <summary>
    /// The noun a spokesperson word among tokens [from, last] is of: "un portavoz de la compañía", "een woordvoerder van de
    /// veiligheidsregio", "ein Sprecher des Konzerns"; a link word ("de", "of", "van"), a preposition or an article between, and a word of five
    /// letters or more after them. Null when the role has no such noun.
    /// </summary>
    public string? RoleNoun(int from, int last)
    {
        for (var i = from; i <= last && i < tokens.Count; i++)
        {
            if (cues.Roles.MatchAt(text, tokens, i) is not { } role)
            {
                continue;
            }

            // The noun may lie past the words read for a name ("dijo un portavoz de la compañía").
            var t = i + role.Tokens;
            var end = Math.Min(tokens.Count, t + RoleNounReach);
            var linked = false;
            while (t < end && (entityCues.BodyLinks.Contains(tokens[t].Lower) || entityCues.Prepositions.Contains(tokens[t].Lower)
                || entityCues.Determiners.Contains(tokens[t].Lower) || Entities.MentionCleaner.IsElision(tokens[t].Lower, entityCues)))
            {
                (t, linked) = (t + 1, true);
            }

            if (linked && t < end && tokens[t].Lower.Length >= MinimumRoleNoun && tokens[t].Lower.All(char.IsLetter))
            {
                return tokens[t].Lower;
            }

            // "a company spokesman": a lower-case noun right before the role, where nouns stand before the noun they qualify.
            var before = i > from ? tokens[i - 1].Lower : null;
            return before is { Length: >= MinimumRoleNoun } && before.All(char.IsLower) && text[tokens[i - 1].Start] == before[0] && !entityCues.AdjectivesFollowNouns ? before : null;
        }

        return null;
    }

    // Shorter nouns are too often part of any name ("la ley", "the firm").
    private const int MinimumRoleNoun = 5;

    // A preposition, an article and the noun: "de la compañía".
    private const int RoleNounReach = 3;

    /// <summary>
    /// The noun for the company of a role closing a compound among the tokens ("unternehmen" of "Unternehmenssprecherin"),
    /// or null.
    /// </summary>
    public string? CompanyRoleNoun(int from, int last) =>
        Enumerable.Range(from, Math.Max(0, Math.Min(last, tokens.Count - 1) - from + 1))
            .Select(i => cues.CompanyRoleNoun(tokens[i].Lower)).FirstOrDefault(noun => noun is not null);

    // A spokesperson word among tokens [from, last]: a role of quotes.txt, one glued to its organisation, or one closing a
    // compound.
    public bool HasRole(int from, int last)
    {
        for (var i = from; i <= last && i < tokens.Count; i++)
        {
            if (cues.Roles.MatchAt(text, tokens, i) is not null)
            {
                return true;
            }

            // "Lumora-Sprecher", "OpenAI-spokesperson": the role glued to its organisation.
            var dash = tokens[i].Lower.LastIndexOf('-');
            var role = dash > 0 ? tokens[i].Lower[(dash + 1)..] : "";
            if (role.Length > 0 && FigureTokens.Scan(role) is { Count: > 0 } tail && cues.Roles.MatchAt(role, tail, 0) is not null)
            {
                return true;
            }

            // "Unternehmenssprecher", "Konzernsprecherin", "bedrijfswoordvoerder": a role closing a compound.
            if (cues.IsCompanyRole(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
