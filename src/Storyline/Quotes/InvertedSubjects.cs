using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// The subject of a sentence that frames a quote with a colon where the verb comes second (the languages that capitalise
/// nouns here): it follows the verb when the sentence opens with something else ("Hier sparte der Bundespräsident nicht mit
/// Kritik:", "… lobte er mit den Worten:"), and a person named right after the opening noun phrase owns the words it names
/// ("Das Fazit von Sandra Boser:").
/// </summary>
internal sealed class InvertedSubjects(
    string text, QuoteCues cues, EntityCues entityCues, QuoteTokens reading, SpeakerMentions mentions, SpeakerPhrase phrase, SpeakerGrammar grammar, PronounAntecedents antecedents)
{
    private readonly IReadOnlyList<FigureToken> tokens = reading.Tokens;

    // "Die Arbeit der Koalition seit dem Amtsantritt von Angela Merkel lobte er mit den Worten:": where the verb comes
    // second (the languages that capitalise nouns here), a pronoun right after a lower-case word that is no determiner,
    // preposition or conjunction is the subject the verb inverts, when no name before it could be the subject instead
    // ("Merkel kritisierte sie scharf:" is Merkel's). Its antecedent is named before the sentence: a subject pronoun
    // never stands for a name in its own clause. Subject: whether such a pronoun is there, found its antecedent or not;
    // Written: the pronoun as the text writes it.
    public (bool Subject, string? Antecedent, string? Written) Pronoun(int from, int open, int quoteOpen, IReadOnlyList<(int Start, int End, Entity Entity)> named)
    {
        if (!phrase.NounsCapitalised)
        {
            return (false, null, null);
        }

        for (var t = from + 1; t < open; t++)
        {
            // "als er den Mond betrat": after a conjunction the pronoun is a subordinate clause's subject.
            if (!IsVerbLike(t - 1) || cues.Pronouns.MatchAt(text, tokens, t) is not { Value: PronounAntecedents.Person } pronoun)
            {
                continue;
            }

            // A party in brackets after a name ("Angela Merkel (CDU)") is no subject either.
            var subjectBefore = named.Any(m => m.End <= tokens[t].Start && m.Entity.Type is EntityType.Person or EntityType.Organisation
                && !grammar.Governed(m) && !(m.Start > 0 && text[m.Start - 1] == '('));
            var written = text[tokens[t].Start..tokens[t + pronoun.Tokens - 1].End];
            return subjectBefore ? (false, null, null)
                : (true, antecedents.Antecedent(pronoun.Value, Math.Min(tokens[from].Start, quoteOpen), tokens[t + pronoun.Tokens - 1].Lower), written);
        }

        return (false, null, null);
    }

    // A word in lower case that may be the finite verb: no determiner, preposition, conjunction, pronoun or word that ends
    // a speaker's phrase ([phrase-ends] of quotes.txt: "als", "dass", "seit", "nach"), right after what may end the field
    // before it, a capitalised word or a comma ("Hier sparte", "…, rechtfertigte"; not "gingen damals um die Welt").
    private bool IsVerbLike(int t) =>
        t > 0 && (char.IsUpper(text[tokens[t - 1].Start]) || tokens[t - 1].Lower == ",")
        && !reading.IsMarkToken(t) && char.IsLower(text[tokens[t].Start]) && tokens[t].Lower.All(char.IsLetter)
        && !entityCues.Determiners.Contains(tokens[t].Lower) && !entityCues.Prepositions.Contains(tokens[t].Lower)
        && !entityCues.Conjunctions.Contains(tokens[t].Lower) && cues.PhraseEnds.MatchAt(text, tokens, t) is null
        && cues.Pronouns.MatchAt(text, tokens, t) is null;

    /// <summary>
    /// "Das Fazit von Sandra Boser nach fünf Jahren:", "Die Kernaussage von Jerry Larson, …, lautete:": the person named
    /// right after a sentence's opening noun phrase, after "von" or in the genitive, whose words the phrase names; or null.
    /// </summary>
    public string? Owner(int phraseEnd)
    {
        if (phraseEnd >= tokens.Count)
        {
            return null;
        }

        var m = mentions.FirstAtOrAfter(tokens[phraseEnd].Start);
        return m < mentions.Count && mentions[m].Entity.Type == EntityType.Person && reading.TokenAtOrAfter(mentions[m].Start) - phraseEnd <= OwnerReach
            && grammar.Governed(mentions[m]) ? mentions[m].Entity.Name : null;
    }

    // "von Sandra Boser", "des Ministers Peter Hintze": a preposition or a determiner, and a title, before the owner's name.
    private const int OwnerReach = 2;

    /// <summary>
    /// "Hier sparte der Bundespräsident auch nicht mit Kritik:", "In einem Bericht … rechtfertigte das
    /// Verteidigungsministerium der Vereinigten Staaten die Aktion …:": where the verb comes second (the languages that
    /// capitalise nouns here), the subject of a sentence that does not open with it follows the verb, a determiner and a
    /// capitalised noun right after a word in lower case. The words of that phrase, or null.
    /// </summary>
    public string? Phrase(int from, int open)
    {
        if (!phrase.NounsCapitalised)
        {
            return null;
        }

        for (var t = from + 1; t + 1 < open; t++)
        {
            // "zeigte sich die Bundesregierung": a reflexive pronoun may stand between the verb and its subject.
            var verb = t > from + 1 && cues.Reflexives.MatchAt(text, tokens, t - 1) is not null ? t - 2 : t - 1;
            if (entityCues.Determiners.Contains(tokens[t].Lower) && IsVerbLike(verb) && phrase.After(t) is { } words)
            {
                return CutAtObject(t, words);
            }
        }

        return null;
    }

    // "das Verkehrsministerium die Sperrung": the subject ends where a determiner opens the verb's object; one that opens a
    // name goes on with it ("das Verteidigungsministerium der Vereinigten Staaten").
    private string CutAtObject(int first, string words)
    {
        var end = tokens[first].Start + words.Length;
        for (var k = first + 1; k + 1 < tokens.Count && tokens[k + 1].End <= end; k++)
        {
            if (entityCues.Determiners.Contains(tokens[k].Lower)
                && mentions.FirstAtOrAfter(tokens[k + 1].Start) is var m && (m >= mentions.Count || mentions[m].Start != tokens[k + 1].Start))
            {
                return text[tokens[first].Start..tokens[k - 1].End];
            }
        }

        return words;
    }
}
