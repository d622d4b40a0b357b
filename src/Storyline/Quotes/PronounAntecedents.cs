using Storyline.Entities;
using Storyline.Entities.Names;
using Storyline.Figures;

namespace Storyline.Quotes;

/// <summary>
/// What a pronoun or a noun for the company stands for: the speaker of the quote just before, when no one of its kind was
/// named since; a spokesperson named before it for a person pronoun, speaking for the last organisation; the organisation
/// the article is about for "the company"; the last organisation for "it"; and for he, she, il, er the subject of the last
/// sentence that names a person, or, where that person's first name says otherwise, the last of the few before whose
/// first name fits.
/// </summary>
internal sealed class PronounAntecedents(string text, QuoteCues cues, EntityCues entityCues, QuoteTokens reading, SpeakerMentions mentions, SpeakerGrammar grammar)
{
    private readonly IReadOnlyList<FigureToken> tokens = reading.Tokens;

    /// <summary>
    /// The speaker of the quote just before the one being read and where it ended, or null: "« … », a déclaré la société.
    /// « … », a-t-il ajouté": a pronoun right after a quote goes on with that quote's speaker when no one of the pronoun's
    /// kind was named since, rather than with someone named before both.
    /// </summary>
    public (string Speaker, int End)? Previous { get; set; }

    // The [pronouns] kind of he, she, il, er; a verb that carries its subject ("a-t-il ajouté", "dijo") stands for one.
    public const string Person = "person";

    // The [pronouns] kind of "it".
    private const string Organisation = "organisation";

    private const string Company = QuoteCues.Company;

    // The [pronouns] kind of "the latter", "letztere", "ce dernier": the last person named, whoever the sentence was about.
    private const string Latter = "latter";

    // "it said" stands for the last organisation ([pronouns] value organisation), "the company said" for the one the article
    // is about (value company), or the one the same noun introduced ("la compagnie aérienne Noordwind"); he, she, il, er
    // stand for a person. noun: the pronoun's last word.
    public string? Antecedent(string kind, int position, string? noun = null)
    {
        var type = kind is Organisation or Company ? EntityType.Organisation : EntityType.Person;
        if (kind == Latter)
        {
            return mentions.LastBefore(type, position);
        }

        // "the company" is the organisation the article is about even right after a person's quote.
        if (kind != Company && Previous is { } previous && position >= previous.End && position - previous.End <= QuoteRecognizer.Continuation)
        {
            var i = mentions.LastIndex(type, mentions.FirstAtOrAfter(position) - 1);
            if (i < 0 || mentions[i].Start < previous.End)
            {
                return previous.Speaker;
            }
        }

        // "…, wollte eine Sprecherin nicht sagen. „…“, sagte sie.": a spokesperson named after the last person is the one a
        // "she" stands for, and speaks for the last organisation.
        if (kind == Person && LastRoleBefore(position) is { } role && position - role <= RoleReach
            && mentions.LastIndex(type, mentions.FirstAtOrAfter(position) - 1) is var m && (m < 0 || (mentions[m].End <= role && !Apposed(mentions[m].End, role))))
        {
            return mentions.LastBefore(EntityType.Organisation, position) ?? mentions.LastBefore(type, position);
        }

        if (kind == Company)
        {
            return mentions.Company(noun, position, entityCues);
        }

        if (type != EntityType.Person)
        {
            return mentions.LastBefore(type, position);
        }

        // "« … », dit-elle" after "Pierre Dupont a reçu Claire Martin": where the subject's first name says otherwise and a
        // person named shortly before has a first name that fits, that person is the one meant.
        var subject = SentenceSubject(position);
        if (subject < 0)
        {
            return mentions.LastBefore(type, position);
        }

        var gender = noun is not null && cues.PronounGenders.TryGetValue(noun, out var g) ? g : (char?)null;
        return gender is { } wanted && GenderOf(mentions[subject].Entity) is { } known && known != wanted && FittingBefore(position, wanted) is { } other
            ? other
            : mentions[subject].Entity.Name;
    }

    // The gender of a person's first name; null for one word or a name of no known gender.
    private static char? GenderOf(Entity person)
    {
        var space = person.Name.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0 ? null : FirstNames.Embedded.GenderOf(person.Name[..space]);
    }

    // The last of the few persons named before the position whose first name has this gender.
    private string? FittingBefore(int position, char gender)
    {
        var i = mentions.LastIndex(EntityType.Person, mentions.FirstAtOrAfter(position) - 1);
        for (var seen = 0; i >= 0 && seen < GenderReach; i = mentions.LastIndex(EntityType.Person, i - 1), seen++)
        {
            if (mentions[i].End <= position && GenderOf(mentions[i].Entity) == gender)
            {
                return mentions[i].Entity.Name;
            }
        }

        return null;
    }

    // How many person mentions back a pronoun looks for one whose first name fits it.
    private const int GenderReach = 8;


    // "Ham made it clear he had misgivings about the forces under President Barack Obama. “…,” he told the host": a
    // pronoun takes up the subject of the last sentence that names a person, its first person that no preposition or
    // genitive governs, rather than the last person named; where every one is governed ("According to Ham, … Obama's
    // policies"), the first. The mention's index, or -1.
    // "El Amrani had eerder al aan de bel getrokken. Bij de verlenging kreeg hij van oprichter Jonas Reuter-Lind de garantie
    // … ‘…’, zei hij.": where every person that sentence names is governed and a person pronoun is its subject, the pronoun
    // goes on with that one's antecedent, a sentence further back.
    private int SentenceSubject(int position, int depth = 0)
    {
        var i = mentions.LastIndexBefore(EntityType.Person, position);
        if (i < 0)
        {
            return -1;
        }

        var token = reading.TokenAtOrAfter(mentions[i].Start);
        var opening = reading.SentenceStart(token, token, SubjectReach);
        var start = tokens[opening].Start;
        var first = i;
        var subject = SubjectLike(mentions[i]) ? i : -1;
        for (var k = mentions.LastIndex(EntityType.Person, i - 1); k >= 0 && mentions[k].Start >= start; k = mentions.LastIndex(EntityType.Person, k - 1))
        {
            first = k;
            subject = SubjectLike(mentions[k]) ? k : subject;
        }

        if (subject < 0 && depth < ChainReach && HasPersonPronoun(opening, token) && SentenceSubject(start, depth + 1) is var earlier and >= 0)
        {
            return earlier;
        }

        return subject >= 0 ? subject : first;
    }

    // How many sentences back a chain of pronouns is followed.
    private const int ChainReach = 2;

    private bool HasPersonPronoun(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (cues.Pronouns.MatchAt(text, tokens, t) is { Value: Person })
            {
                return true;
            }
        }

        return false;
    }

    // Neither governed by a preposition or a genitive nor a source ("according to Ham", "laut Ham") nor a possessive
    // written apart ("Obama’s policies").
    private bool SubjectLike((int Start, int End, Entity Entity) mention)
    {
        var first = reading.TokenAtOrAfter(mention.Start);
        var after = reading.TokenAtOrAfter(mention.End);
        return !grammar.Governed(mention)
            && !(first > 0 && cues.Cues.MatchEndingAt(text, tokens, first - 1) is { Value: QuoteCues.Source })
            && !(after < tokens.Count && tokens[after].Start == mention.End && entityCues.Possessives.Contains(tokens[after].Lower.Replace('’', '\'')));
    }

    // How far back a sentence's start is looked for, in tokens.
    private const int SubjectReach = 80;

    // Where spokesperson words stand in the text (token starts, in order), found once: "eine Sprecherin", "a spokesman".
    private List<int>? roles;

    // How far before a pronoun a spokesperson word still stands for it: a sentence or two before ("Eine Frischkauf-Sprecherin
    // erklärte, … Kunden erhielten … zurück. „…“, sagte sie."). 150 → 200 on tuning-quotes2; no other dev set moved up to 300.
    private const int RoleReach = 200;

    // "Katrin Wendisch, spokeswoman for the citizens' group …": a role in apposition to the person named right before it
    // is that person's, and "she" stays hers. A comma, then at most a few words and no full stop before the role.
    private bool Apposed(int personEnd, int role)
    {
        var between = text.AsSpan(personEnd, role - personEnd).Trim();
        return between.Length > 0 && between[0] == ',' && between.Length <= ApposedReach && between.IndexOfAny('.', ';', ':') < 0;
    }

    private const int ApposedReach = 24;

    private int? LastRoleBefore(int position)
    {
        roles ??= Enumerable.Range(0, tokens.Count).Where(t => grammar.HasRole(t, t)).Select(t => tokens[t].Start).ToList();
        var i = roles.BinarySearch(position);
        i = i < 0 ? ~i - 1 : i - 1;
        return i >= 0 ? roles[i] : null;
    }
}
