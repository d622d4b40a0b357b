using Storyline.Languages;

namespace Storyline.Entities;

/// <summary>
/// A language's facts for entity recognition, read from <c>Resources/&lt;lang&gt;/entities.txt</c>, one set per
/// [section]: elided articles written against a name (l', d'), possessive, genitive and inflection endings, titles and
/// determiners that are never part of a name, words that introduce organisations or products, organisation designators
/// (AG, Ventures), initials and capitalised terms that name no body, words that name and link public bodies, nationality endings and the
/// endings that make a place's people, sentence-opening prepositions, how the language capitalises.
/// </summary>
public sealed class EntityCues
{
    public const string File = "entities.txt";

    public static readonly IReadOnlyList<string> Sections =
    [
        "elisions", "possessives", "genitive-endings", "titles", "determiners", "product-cues", "organisation-cues",
        "organisation-designators", "common-acronyms", "common-terms", "body-heads", "body-links", "conjunctions", "demonym-endings", "place-demonym-endings", "prepositions", "inflection-endings", "capitalisation",
        "addressee-verbs", "compound-designators", "document-designators", "document-cues", "origin-prepositions", "adjective-endings", "abbreviations", "word-order",
        "organisation-plurals", "example-cues", "person-pronouns", "portfolio-titles", "national-bodies", "media-heads", "place-prepositions", "brand-cues", "place-cues", "place-links",
        "possessive-determiners", "company-cues", "noun-endings", "street-cues", "association-cues", "family-nouns", "quantifiers", "noun-openers",
        "road-letters", "road-articles", "club-prefixes", "region-openers", "name-particles", "publication-nouns", "institution-heads", "work-nouns", "storm-nouns", "compound-tails", "noble-particles", "league-nouns", "district-nouns", "court-heads", "village-prepositions",
    ];

    /// <summary>The sections that describe the article's own language only: another language's endings do not apply.</summary>
    public static readonly IReadOnlyList<string> OwnLanguageSections = ["genitive-endings", "inflection-endings", "capitalisation", "place-demonym-endings", "demonym-endings", "compound-designators", "origin-prepositions", "adjective-endings", "abbreviations", "word-order", "person-pronouns", "national-bodies", "place-prepositions", "place-cues", "place-links", "possessive-determiners", "company-cues", "noun-endings", "street-cues", "noun-openers", "road-letters", "road-articles", "region-openers", "publication-nouns", "institution-heads", "work-nouns", "storm-nouns", "league-nouns", "court-heads", "village-prepositions"];

    public static readonly EntityCues Empty = new(new Dictionary<string, IReadOnlySet<string>>());

    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> sections;

    private EntityCues(IReadOnlyDictionary<string, IReadOnlySet<string>> sections) => this.sections = sections;

    public IReadOnlySet<string> Elisions => Section("elisions");

    public IReadOnlySet<string> Possessives => Section("possessives");

    public IReadOnlySet<string> GenitiveEndings => Section("genitive-endings");

    public IReadOnlySet<string> Titles => Section("titles");

    /// <summary>Small words inside people's names ("van", "ten", "el", "von", "’t"), from every language: names travel.</summary>
    public IReadOnlySet<string> NameParticles => Section("name-particles");

    /// <summary>Particles after which a place is a family's name (<c>[noble-particles]</c>: "zu Guttenberg"): see <see cref="ParticledPersons"/>.</summary>
    public IReadOnlySet<string> NobleParticles => Section("noble-particles");

    /// <summary>Small words that end an adjective written onto a name with a hyphen ("Trump-era", "Blair-led"): see <see cref="MentionCleaner"/>.</summary>
    public IReadOnlySet<string> CompoundTails => Section("compound-tails");

    /// <summary>Titles written short with a full stop ("Dr.", "M.", "Sen."): the stop after them ends no sentence.</summary>
    public IReadOnlySet<string> Abbreviations => Section("abbreviations");

    public IReadOnlySet<string> Determiners => Section("determiners");

    /// <summary>
    /// [possessive-determiners]: "seine", "ihre", "leurs", "their": they open a noun phrase, never a name ("Seine Werke
    /// werden … geschätzt" are his works, not a company called Seine). Own language: the French river is "la Seine".
    /// </summary>
    public IReadOnlySet<string> PossessiveDeterminers => Section("possessive-determiners");

    /// <summary>
    /// [company-cues]: nouns for a company that end compounds describing one ("Chemiekonzern", "Softwarehersteller"): such
    /// a compound before a name is no part of it, even of a one-word name. Own language.
    /// </summary>
    public IReadOnlySet<string> CompanyCues => Section("company-cues");

    public IReadOnlySet<string> ProductCues => Section("product-cues");

    /// <summary>[document-cues]: nouns for programmes and schemes that name the text right before or after them (<see cref="ProgrammeNames"/>).</summary>
    public IReadOnlySet<string> DocumentCues => Section("document-cues");

    public IReadOnlySet<string> OrganisationCues => Section("organisation-cues");

    /// <summary>[place-cues]: nouns for a kind of place that put its name right after them ("fiume", "Stadtteil"); own language only.</summary>
    public IReadOnlySet<string> PlaceCues => Section("place-cues");

    /// <summary>A district's noun, as written after the names a hyphen joins to it ("Main-Kinzig-Kreis"): see <see cref="EntityGrouper"/>.</summary>
    public IReadOnlySet<string> DistrictNouns => Section("district-nouns");

    /// <summary>[place-links]: words between a place noun and its name ("of", "de"); own language only.</summary>
    public IReadOnlySet<string> PlaceLinks => Section("place-links");

    /// <summary>Plural nouns for organisations ("companies", "Konzerne") that a list of examples may follow.</summary>
    public IReadOnlySet<string> OrganisationPlurals => Section("organisation-plurals");

    /// <summary>Words that give examples ("like", "such as", "wie", "tra cui"), of one word or two.</summary>
    public IReadOnlySet<string> ExampleCues => Section("example-cues");

    public IReadOnlySet<string> OrganisationDesignators => Section("organisation-designators");

    /// <summary>A first or last word that makes a name a text's: a law, a treaty, a declaration ("Paris Agreement", "Manifeste de Tours").</summary>
    public IReadOnlySet<string> DocumentDesignators => Section("document-designators");

    /// <summary>Whether a word closes an organisation's name, with or without its dots ("S.p.A.", "N.V.", "Inc.").</summary>
    public bool IsDesignator(string word) =>
        OrganisationDesignators.Contains(word.ToLowerInvariant()) || OrganisationDesignators.Contains(word.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant());

    /// <summary>Nouns for a brand, after which a quoted name is a product line ("der Marke „Oro del Salento“"): see ProductShape.QuotedBrand.</summary>
    public IReadOnlySet<string> BrandCues => Section("brand-cues");

    /// <summary>Initials that name things, titles or units rather than a body ("KI", "PIB", "CEO"): no organisation alone.</summary>
    public IReadOnlySet<string> CommonAcronyms => Section("common-acronyms");

    /// <summary>Fields and things news writes with capitals ("künstliche intelligenz", "gen ai"): see <see cref="CommonTerms"/>.</summary>
    public IReadOnlySet<string> CommonTerms => Section("common-terms");

    /// <summary>Words naming a kind of public body (ministerio, "-ministerium" for a compound's end): see <see cref="BodyNames"/>.</summary>
    public IReadOnlySet<string> BodyHeads => Section("body-heads");

    /// <summary>
    /// Whether a lower-case word names a newspaper or broadcaster (<c>[media-heads]</c>: "rundschau", "-kurier" for a
    /// compound's end, "Tageskurier"), in the genitive too ("des Kölner Stadt-Anzeigers"): see <see cref="MediaNames"/>.
    /// </summary>
    public bool IsMediaHead(string lower) => ListedOrCompoundEnd("media-heads", lower);

    // A section's word as written, or a compound ending in one of its "-" entries ("-kurier": "Tageskurier"), in the genitive too.
    private bool ListedOrCompoundEnd(string section, string lower)
    {
        var words = Section(section);
        return words.Count > 0 && AsWrittenOrGenitive(lower, word => words.Contains(word)
            || words.Any(entry => entry[0] == '-' && word.EndsWith(entry[1..], StringComparison.Ordinal) && word.Length > entry.Length));
    }

    /// <summary>
    /// Whether a lower-case word passes <paramref name="test"/> as written or with one of the article's genitive endings
    /// off ("des Verbraucherschutzvereins", "des Stadt-Anzeigers"); the stem keeps four letters at least.
    /// </summary>
    public bool AsWrittenOrGenitive(string lower, Func<string, bool> test) =>
        test(lower) || GenitiveEndings.Any(e => lower.Length > e.Length + 3 && lower.EndsWith(e, StringComparison.Ordinal) && test(lower[..^e.Length]));

    /// <summary>
    /// Whether a lower-case word is a noun for a newspaper, magazine, broadcaster or agency, after which a name in quotation
    /// marks is that publication's (<c>[publication-nouns]</c>, "-zeitung" for a compound's end, in the genitive too):
    /// see <see cref="QuotedOrganisations"/>.
    /// </summary>
    public bool IsPublicationNoun(string lower) => ListedOrCompoundEnd("publication-nouns", lower);

    /// <summary>
    /// Whether a lower-case word is a noun for a work or an event, after which a title in quotation marks is that work's
    /// (<c>[work-nouns]</c>, "-reportage" for a compound's end, in the genitive too): see <see cref="QuotedWorks"/>.
    /// </summary>
    public bool IsWorkNoun(string lower) => ListedOrCompoundEnd("work-nouns", lower);

    /// <summary>
    /// Whether a lower-case word is a noun for a storm, after which a name is that storm's (<c>[storm-nouns]</c>, "-sturm" for a
    /// compound's end): see <see cref="StormNames"/>.
    /// </summary>
    public bool IsStormNoun(string lower) => ListedOrCompoundEnd("storm-nouns", lower);

    /// <summary>
    /// Whether a lower-case word is a noun for a sports league, whose region after it completes its name
    /// (<c>[league-nouns]</c>, in the genitive too): see <see cref="LeagueNames"/>.
    /// </summary>
    public bool IsLeagueNoun(string lower) => ListedOrCompoundEnd("league-nouns", lower);

    /// <summary>
    /// Whether a lower-case word names a kind of public body: a [body-heads] entry, or ends like one written "-amt"
    /// ("Landesamt"), in the genitive too ("des Instituts für Medienökonomie").
    /// </summary>
    public bool IsBodyHead(string lower) =>
        AsWrittenOrGenitive(lower, word => BodyHeads.Contains(word) || BodyHeads.Any(head => head[0] == '-' && word.EndsWith(head[1..], StringComparison.Ordinal)));

    /// <summary>
    /// Whether a lower-case word is a country's one body of its kind: an entry "bundes*amt" of <c>[national-bodies]</c> is
    /// a prefix and an ending with a word between ("bundeskartellamt", not the generic "bundesamt"), in the genitive too.
    /// </summary>
    public bool IsNationalBody(string lower)
    {
        foreach (var entry in Section("national-bodies"))
        {
            var star = entry.IndexOf('*', StringComparison.Ordinal);
            var (prefix, ending) = star < 0 ? (entry, "") : (entry[..star], entry[(star + 1)..]);
            if (lower.StartsWith(prefix, StringComparison.Ordinal)
                && (Fits(lower) || GenitiveEndings.Any(g => lower.Length > g.Length && lower.EndsWith(g, StringComparison.Ordinal) && Fits(lower[..^g.Length]))))
            {
                return true;
            }

            bool Fits(string word) => star < 0 ? word == entry : word.Length > prefix.Length + ending.Length && word.EndsWith(ending, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Words between a body's kind and its subject ("für", "de", "voor", "of").</summary>
    public IReadOnlySet<string> BodyLinks => Section("body-links");

    /// <summary>Words joining two names into one ("Wirtschaft und Energie").</summary>
    public IReadOnlySet<string> Conjunctions => Section("conjunctions");

    public IReadOnlySet<string> DemonymEndings => Section("demonym-endings");

    /// <summary>
    /// Whether an organisation's name says it is no company: a word of it names a union, an association or a party
    /// (<c>[association-cues]</c>, every language's) or a public body ("Gewerkschaft Luftverkehr und Logistik", "Landesamt
    /// für Umwelt").
    /// </summary>
    public bool NamesNoCompany(string name) => name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(word =>
    {
        var lower = word.ToLowerInvariant();
        return IsBodyHead(lower) || IsNationalBody(lower) || IsAssociation(lower);
    });

    /// <summary>
    /// Whether a word is an association's noun or a compound ending in one (<c>[association-cues]</c>, every language's:
    /// "Gewerkschaft", "Bürgerinitiative", "Dachverband").
    /// </summary>
    public bool IsAssociation(string word)
    {
        var lower = word.ToLowerInvariant();
        return Section("association-cues").Any(cue => lower == cue || (lower.Length >= cue.Length + 3 && lower.EndsWith(cue, StringComparison.Ordinal)));
    }

    /// <summary>Kinds of street or station written small before the name ("quai Perrache", "via Toffetti"): own language only.</summary>
    public IReadOnlySet<string> StreetCues => Section("street-cues");

    /// <summary>Endings of common nouns, never of a company's name ("-ung", "-heit"): where every noun is capitalised.</summary>
    public IReadOnlySet<string> NounEndings => Section("noun-endings");

    /// <summary>Whether a word ends with an ending only common nouns have ([noun-endings]: "Verwehungen", "Sicherheit").</summary>
    public bool HasNounEnding(string word)
    {
        var lower = word.ToLowerInvariant();
        return NounEndings.Any(e => lower.Length > e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>Endings that make a known place's people or adjective ("Berliner", "Singapouriens"): the article's language only.</summary>
    public IReadOnlySet<string> PlaceDemonymEndings => Section("place-demonym-endings");

    /// <summary>Endings of a capitalised place or nationality adjective that may stand before a name ("het Spaanse Bilbao"); own language only.</summary>
    public IReadOnlySet<string> AdjectiveEndings => Section("adjective-endings");

    public IReadOnlySet<string> Prepositions => Section("prepositions");

    /// <summary>The article's own words for where an organisation is ("Museo Larrañaga de Bilbao", "Gruppo Selvani di Bergamo").</summary>
    public IReadOnlySet<string> OriginPrepositions => Section("origin-prepositions");

    /// <summary>Whether a word places the name after it ("in", "uit", "di"): <c>[place-prepositions]</c> or <c>[origin-prepositions]</c>, the article's language only.</summary>
    public bool PlacesAfter(string word) => Section("place-prepositions").Contains(word) || OriginPrepositions.Contains(word);

    /// <summary>Whether the word places what follows it, as "in", "nach", "à" do (<c>[place-prepositions]</c> only).</summary>
    public bool IsPlacePreposition(string word) => Section("place-prepositions").Contains(word);

    /// <summary>Kinds of institution named after a person in one word ("Heinrichsklinik"): see <see cref="NamedInstitutions"/>.</summary>
    public IReadOnlySet<string> InstitutionHeads => Section("institution-heads");

    /// <summary>Prepositions after which a word that is no noun is a place ("in", "nach", "aus"): see <see cref="TownNames"/>.</summary>
    public IReadOnlySet<string> VillagePrepositions => Section("village-prepositions");

    /// <summary>Nouns for a court written small, which open its name before a link and a place ("tribunal", "cour"): see <see cref="BodyNames"/>.</summary>
    public IReadOnlySet<string> CourtHeads => Section("court-heads");

    /// <summary>Heads of closed compounds that make a name an organisation's ("Zellwerk", "Haustechnik").</summary>
    public IReadOnlySet<string> CompoundDesignators => Section("compound-designators");

    /// <summary>
    /// Whether a word in lower case introduces an organisation: an [organisation-cues] word, or where compounds are written as
    /// one word (the languages with [compound-designators]) a compound ending in one of five letters or more
    /// ("advertentiebedrijf", "consumentenorganisatie").
    /// </summary>
    public bool IsOrganisationCue(string word) =>
        OrganisationCues.Contains(word)
        || (CompoundDesignators.Count > 0 && OrganisationCues.Any(c => c.Length >= ShortestCompoundCue && word.Length >= c.Length + 3 && word.EndsWith(c, StringComparison.Ordinal)));

    private const int ShortestCompoundCue = 5;

    /// <summary>Verbs whose object is whom a statement is made to ("told Reuters"): a person or an outlet, never a place.</summary>
    public IReadOnlySet<string> AddresseeVerbs => Section("addressee-verbs");

    /// <summary>
    /// [person-pronouns]: pronouns that stand for a person only ("he", "she"), not for a company as well (German "er" and
    /// French "elle" stand for "der Konzern" and "la société"); the article's language only.
    /// </summary>
    public IReadOnlySet<string> PersonPronouns => Section("person-pronouns");

    /// <summary>[quantifiers]: "alle", "andere", "every": words that open a noun phrase as an article does, never a name.</summary>
    public IReadOnlySet<string> Quantifiers => Section("quantifiers");

    /// <summary>[noun-openers]: a preposition and article in one word ("im", "zum", "vom"): a common noun follows.</summary>
    public IReadOnlySet<string> NounOpeners => Section("noun-openers");

    public IReadOnlySet<string> RoadLetters => Section("road-letters");

    public IReadOnlySet<string> RoadArticles => Section("road-articles");

    /// <summary>[region-openers]: prepositions with their article ("im", "in der") after which a lone word that is no noun names a region.</summary>
    public IReadOnlySet<string> RegionOpeners => Section("region-openers");

    public IReadOnlySet<string> ClubPrefixes => Section("club-prefixes");

    /// <summary>[family-nouns]: "Familie", "family": beside a company's short name they name the family it is named after.</summary>
    public IReadOnlySet<string> FamilyNouns => Section("family-nouns");

    /// <summary>
    /// [portfolio-titles]: titles whose link names a portfolio ("ministra de Educación", "Minister für Arbeit"), which is
    /// part of the title and no entity (see PortfolioNames); every language's, as titles travel.
    /// </summary>
    public IReadOnlySet<string> PortfolioTitles => Section("portfolio-titles");

    public IReadOnlySet<string> InflectionEndings => Section("inflection-endings");

    public IReadOnlySet<string> Capitalisation => Section("capitalisation");

    /// <summary>Whether a sentence may leave out its subject ("Dijo que …", "Ha aggiunto: …"): [word-order] subjects-dropped.</summary>
    public bool DropsSubjects => Section("word-order").Contains("subjects-dropped");

    /// <summary>[word-order] "compounds-joined": compounds are written as one word ("Handelskammer", "Warenautoriteit").</summary>
    public bool JoinsCompounds => Section("word-order").Contains("compounds-joined");

    /// <summary>Whether the language writes adjectives after their noun ("tribunal régional"): [word-order] adjectives-after.</summary>
    public bool AdjectivesFollowNouns => Section("word-order").Contains("adjectives-after");

    /// <summary>One language's cues; empty when the language has no file.</summary>
    public static EntityCues For(LanguageResources resources, string language)
    {
        var lines = resources.ReadLines(language, File);
        return lines is null ? Empty : Parse(lines, $"{language}/{File}");
    }

    /// <summary>Every language's cues together: the tokenizer splits elisions before it knows a sentence's language.</summary>
    public static EntityCues All(LanguageResources resources) =>
        resources.Languages.Select(l => For(resources, l)).Aggregate(Empty, Merge);

    public static EntityCues Parse(IReadOnlyList<string> lines, string resource) =>
        new(SectionedList.Parse(lines, resource, Sections)
            .GroupBy(e => e.Section, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(e => e.Entry).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>Both languages' cues: a sentence in one language quotes titles and names of another.</summary>
    public static EntityCues Merge(EntityCues a, EntityCues b) =>
        new(Sections.ToDictionary(s => s, s => (IReadOnlySet<string>)a.Section(s).Union(b.Section(s)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>These cues with <paramref name="own"/>'s sets for the sections that belong to one language only.</summary>
    public EntityCues WithOwnLanguage(EntityCues own)
    {
        var sections = Sections.ToDictionary(s => s, s => OwnLanguageSections.Contains(s) ? own.Section(s) : Section(s), StringComparer.Ordinal);
        sections[OwnOrganisationCuesSection] = own.Section("organisation-cues");
        sections[AnyCompoundDesignatorsSection] = Section("compound-designators");
        return new(sections);
    }

    // The article's own words of [organisation-cues], beside every language's.
    private const string OwnOrganisationCuesSection = "own-organisation-cues";

    // Every language's [compound-designators], beside the article's own.
    private const string AnyCompoundDesignatorsSection = "any-compound-designators";

    /// <summary>
    /// Every language's heads of closed compounds that designate (with <see cref="WithOwnLanguage"/>; else these cues'
    /// own): a Dutch name keeps its "Woonstichting" in an English article.
    /// </summary>
    public IReadOnlySet<string> AnyCompoundDesignators =>
        sections.TryGetValue(AnyCompoundDesignatorsSection, out var any) ? any : CompoundDesignators;

    /// <summary>
    /// The article's own language's nouns that introduce an organisation (with <see cref="WithOwnLanguage"/>; else every
    /// language's): "Gruppe" is a German noun before a name, "Gruppo" in a German text the first word of an Italian one.
    /// </summary>
    public IReadOnlySet<string> OwnOrganisationCues => sections.TryGetValue(OwnOrganisationCuesSection, out var own) ? own : OrganisationCues;

    private IReadOnlySet<string> Section(string name) => sections.TryGetValue(name, out var set) ? set : None;
}
