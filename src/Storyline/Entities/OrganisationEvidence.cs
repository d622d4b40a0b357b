using Storyline.Figures;
using Storyline.Quotes;

namespace Storyline.Entities;

/// <summary>
/// What makes a name an organisation's when the tagger hesitates (it reads unknown one-word names, "Lumora", as
/// people): a designator as its first or last word (Helvara AG, Northgate Ventures, Deutsche Bahn, Banco Santander, Museo
/// Larrañaga), a kind of public body as its first (Autoriteit Persoonsgegevens), one word compounded of either
/// (Restitutiecommissie), a first or last word that is such a compound (Woonstichting Noorderlicht), or
/// a noun that introduces organisations within three words before one of its mentions (la start-up Lumora, the company);
/// and for a name the tagger read as a place, speech: a place the catalog does not know that "said" or "according to"
/// names is a company or a body (towns speak through their councils, which news names), and so is one listed with an
/// organisation or told something ("tells Sifted": an outlet).
/// </summary>
internal static class OrganisationEvidence
{
    private const int Window = 3;

    // "a Turin-based ad-tech start-up": a determiner, a place and an adjective or two may stand before the noun.
    private const int DescriptionWords = 4;

    public static bool Designated(string name, EntityCues cues)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Restitutiecommissie", "Verbraucherzentrum": one word that is a compound of a designator or an organisation noun.
        if (words.Length == 1)
        {
            var word = Word(words[0]);
            return CompoundDesignated(word, cues.CompoundDesignators) || (!cues.OrganisationCues.Contains(word) && cues.IsOrganisationCue(word));
        }

        return (IsDesignator(words[0], cues) || IsDesignator(words[^1], cues)
                || CompoundDesignated(Word(words[^1]), cues.AnyCompoundDesignators) || CompoundDesignated(Word(words[0]), cues.AnyCompoundDesignators)
                || cues.IsBodyHead(Word(words[0]))
                // "Hamburg Regional Court", "Hanseatischen Oberlandesgericht": a capitalised body head closing the name.
                || (char.IsUpper(words[^1][0]) && cues.IsBodyHead(Word(words[^1]))));
    }

    /// <summary>
    /// Whether a name is a text's: its last word a document designator ("Washington Principles"), or its first in a name of
    /// three words or more ("Principios de Washington"; two words such as "Charter Communications" are a company).
    /// </summary>
    public static bool Document(string name, EntityCues cues)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1
            && (cues.DocumentDesignators.Contains(Word(words[^1])) || (words.Length > 2 && cues.DocumentDesignators.Contains(Word(words[0]))));
    }

    // "Kessing Zellwerk", "Brennwald Haustechnik", "Woonstichting Noorderlicht": where compounds are written as one word, a
    // name's first or last word that ends in a designator of entities.txt [compound-designators] is one, as "Werk" or
    // "Technik" alone would be; in a name of several words, any language's, as a Dutch name keeps its words in English.
    private static bool CompoundDesignated(string word, IReadOnlySet<string> designators) =>
        designators.Any(d => word.Length > d.Length + 2 && word.EndsWith(d, StringComparison.Ordinal));

    /// <summary>Whether a capitalised word is a closed compound of the article's own language's designators ("Pumpentechnik").</summary>
    public static bool CompoundDesignated(string word, EntityCues cues) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && CompoundDesignated(word.ToLowerInvariant(), cues.CompoundDesignators);

    public static bool Introduced(string text, IEnumerable<RawMention> mentions, EntityCues cues) =>
        mentions.Any(m => Introducing(WordsBefore(text, m.Start), cues));

    /// <summary>
    /// Whether a noun that introduces organisations stands within three words before a mention, in the same clause
    /// ("le fabricant de vélos Feldberg Mobility"; not "le président du syndicat, Rüdiger Stamm").
    /// </summary>
    public static bool IntroducedInClause(string text, IEnumerable<RawMention> mentions, EntityCues cues) =>
        mentions.Any(m => Introducing(WordsBefore(text, m.Start, withinClause: true), cues));

    // A noun for organisations among the words before a name, nearer than any preposition that places: "die Klinik in
    // Bad Lobenstein" names where the clinic is, not the clinic.
    private static bool Introducing(IEnumerable<string> wordsBefore, EntityCues cues) =>
        wordsBefore.TakeWhile(w => !cues.IsPlacePreposition(w)).Any(cues.IsOrganisationCue);

    /// <summary>
    /// Whether a noun that introduces organisations stands right before a mention, only a space between
    /// ("Haushaltswarenhersteller Casalinghi Verdani", "het merk Verdani"): not "le président du syndicat, Rüdiger Stamm".
    /// </summary>
    public static bool IntroducedRightBefore(string text, IEnumerable<RawMention> mentions, EntityCues cues) =>
        mentions.Any(m => m.Start > 1 && text[m.Start - 1] == ' ' && char.IsLetter(text[m.Start - 2])
            && WordsBefore(text, m.Start).Take(1).Any(cues.IsOrganisationCue));

    /// <summary>
    /// Whether a mention is described right after it as an organisation: a comma, then a noun that introduces organisations
    /// within the next <see cref="DescriptionWords"/> words ("Voltaria, a Turin start-up", "Adquiro, una società londinese").
    /// </summary>
    public static bool Described(string text, IEnumerable<RawMention> mentions, EntityCues cues) =>
        mentions.Any(m => Apposition(text, m.End, cues, cues.IsOrganisationCue));

    /// <summary>
    /// Whether a comma right after position <paramref name="end"/> opens an apposition whose noun <paramref name="noun"/>
    /// accepts: the noun first ("l'application"), or after one determiner and a few other words ("a Turin start-up"). A
    /// second determiner opens a clause ("Lumora Pods 2, den das Unternehmen …"), and so does a first word that is none
    /// ("En France, où l'application …").
    /// </summary>
    internal static bool Apposition(string text, int end, EntityCues cues, Func<string, bool> noun)
    {
        var first = true;
        // "En Zaragoza, la Plataforma Vecinal …": where only names are capitalised, a capitalised noun opens a name, not
        // a description.
        var named = !cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns);
        foreach (var written in WordsAfterComma(text, end))
        {
            var word = written.ToLowerInvariant();
            if (noun(word))
            {
                return !(named && char.IsUpper(written[0]));
            }

            if (cues.Determiners.Contains(word) != first)
            {
                return false;
            }

            first = false;
        }

        return false;
    }

    /// <summary>
    /// Whether a mention is the subject of an attribution verb ("Lumora said", "Helvara a déclaré") or follows a source
    /// cue ("laut Lumora", "according to Lumora"). A subject opens its clause or follows a determiner or a noun that
    /// introduces organisations: "In Kestrelwerk sagte der Bürgermeister" names a place. A name right after the verb is
    /// left alone: there it is as often the object ("warned Kestrelwerk", "told Brennwald") as an inverted subject.
    /// </summary>
    public static bool Speaks(string text, IEnumerable<RawMention> mentions, EntityCues cues, QuoteCues quotes) =>
        mentions.Any(m => (OpensClause(text, m.Start, cues) && VerbAfter(text, m.End, quotes)) || SourceBefore(text, m.Start, quotes));

    /// <summary>
    /// Whether a mention is listed with an organisation ("d'anciens ingénieurs de Meta et Google", "Kestrelwerk and
    /// Siemens", "Meta, Google"): names joined by a conjunction of entities.txt [conjunctions] or a comma are of one kind.
    /// </summary>
    public static bool ListedWithOrganisation(string text, IEnumerable<RawMention> mentions, IReadOnlyList<RawMention> all, EntityCues cues) =>
        mentions.Any(m => all.Any(o => o.ConllType == "ORG" && (Joins(text, m.End, o.Start, cues) || Joins(text, o.End, m.Start, cues))));

    /// <summary>Whether a mention is whom a statement was made to (<see cref="AddressedAt"/>).</summary>
    public static bool Addressed(string text, IEnumerable<RawMention> mentions, EntityCues cues) =>
        mentions.Any(m => AddressedAt(text, m.Start, cues));

    /// <summary>
    /// Whether a name at <paramref name="start"/> is whom a statement was made to: a verb of entities.txt [addressee-verbs]
    /// among the few words right before it, with no punctuation between ("tells Sifted", "told Dutch daily Dagblad
    /// Randstad"; not "told reporters, Dagblad …").
    /// </summary>
    public static bool AddressedAt(string text, int start, EntityCues cues)
    {
        var before = text[Math.Max(0, start - AddresseeReach)..start];
        var words = before[(before.LastIndexOfAny(ClauseEnds) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(Window).Any(w => cues.AddresseeVerbs.Contains(w.ToLowerInvariant()));
    }

    private const int AddresseeReach = 60;

    private static readonly char[] ClauseEnds = ['.', ',', ';', ':', '!', '?', '\n', '“', '”', '"', '«', '»', '„', '(', ')'];

    // A comma or one conjunction with its spaces (" und ", " et ") is this short at most.
    private const int LongestJoin = 6;

    /// <summary>Whether only a comma or one conjunction, with its spaces, lies between two names.</summary>
    internal static bool Joins(string text, int from, int to, EntityCues cues)
    {
        if (to <= from || to - from > LongestJoin)
        {
            return false;
        }

        var between = text[from..to].Trim();
        return between == "," || cues.Conjunctions.Contains(between.ToLowerInvariant());
    }

    private const int Reach = 40;

    private static bool VerbAfter(string text, int end, QuoteCues quotes)
    {
        var window = text.Substring(end, Math.Min(Reach, text.Length - end));
        var tokens = FigureTokens.Scan(window);
        return tokens.Count > 0 && tokens[0].Start <= 1 && quotes.Cues.MatchAt(window, tokens, 0) is { Value: QuoteCues.Verb };
    }

    /// <summary>
    /// Whether a mention is the inverted subject of an attribution verb right after a quote's closing mark („…“, sagte
    /// Wittkamp): there it is the one who spoke the words, a person where the name is a family's and its firm's.
    /// </summary>
    public static bool SaidAfterQuote(string text, RawMention m, QuoteCues quotes)
    {
        var from = Math.Max(0, m.Start - Reach);
        var window = text[from..m.Start];
        var tokens = FigureTokens.Scan(window);
        if (tokens.Count == 0 || tokens[^1].Start + tokens[^1].Length < window.Length - 1
            || quotes.Cues.MatchEndingAt(window, tokens, tokens.Count - 1) is not { Value: QuoteCues.Verb } verb)
        {
            return false;
        }

        var before = window[..tokens[tokens.Count - verb.Tokens].Start].TrimEnd(' ', ',');
        return before.Length > 0 && before[^1] is '“' or '”' or '"' or '»' or '«' or '’' or '」';
    }

    private static bool SourceBefore(string text, int start, QuoteCues quotes)
    {
        var from = Math.Max(0, start - Reach);
        var window = text[from..start];
        var tokens = FigureTokens.Scan(window);
        return tokens.Count > 0 && tokens[^1].Start + tokens[^1].Length >= window.Length - 1
            && quotes.Cues.MatchEndingAt(window, tokens, tokens.Count - 1) is { Value: QuoteCues.Source };
    }

    private static bool OpensClause(string text, int start, EntityCues cues)
    {
        var i = start;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i == 0 || !char.IsLetter(text[i - 1]))
        {
            return true;
        }

        var word = WordsBefore(text, start).FirstOrDefault();
        return word is not null && (cues.Determiners.Contains(word) || cues.OrganisationCues.Contains(word));
    }

    private static string Word(string word) => word.Trim('.', ',').ToLowerInvariant();

    // "S.L." was "s.l" once trimmed, which no list holds: a designator with its dots or without them ("AG.", "Ltd.,").
    private static bool IsDesignator(string word, EntityCues cues) =>
        cues.OrganisationDesignators.Contains(Word(word)) || cues.IsDesignator(word.TrimEnd(','));

    // The lower-case words after a comma right after position `end`, up to the next punctuation.
    private static IEnumerable<string> WordsAfterComma(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != ',')
        {
            yield break;
        }

        i++;
        for (var k = 0; k < DescriptionWords; k++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var begin = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '\u2019'))
            {
                i++;
            }

            if (i == begin)
            {
                yield break;
            }

            var word = text[begin..i];
            var apostrophe = word.LastIndexOfAny(['\'', '\u2019']);
            yield return apostrophe >= 0 ? word[(apostrophe + 1)..] : word;
        }
    }

    private static IEnumerable<string> WordsBefore(string text, int start, bool withinClause = false)
    {
        var end = start;
        for (var k = 0; k < Window; k++)
        {
            while (end > 0 && !char.IsLetter(text[end - 1]))
            {
                // A sentence boundary ends the window: "… la société. Lumora" does not introduce Lumora; within a clause, so
                // does any mark but an apostrophe ("le président du syndicat, Rüdiger Stamm").
                if (text[end - 1] is '.' or '!' or '?' or '\n' || (withinClause && text[end - 1] is not (' ' or '\'' or '\u2019')))
                {
                    yield break;
                }

                end--;
            }

            var begin = end;
            while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '-'))
            {
                begin--;
            }

            if (begin == end)
            {
                yield break;
            }

            yield return text[begin..end].ToLowerInvariant();
            end = begin;
        }
    }
}
