using System.Collections.Concurrent;
using Storyline.Entities.Names;
using Storyline.Entities.Tagging;
using Storyline.Entities.Tokens;
using Storyline.Figures.Dates;
using Storyline.Languages;

namespace Storyline.Entities;

/// <summary>
/// Stage 5: the people, organisations, places and products of an article's clean text, each under one canonical name
/// with every mention. Tokens → sentences → the trained tagger → mentions trimmed of titles and articles → names the
/// article repeats and compound heads added → grouped under canonical names. Thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>Where the shipped model sits among the embedded resources (see <c>Resources/common/ner/</c>).</summary>
    public const string ModelResource = "common/ner/model.bin";

    // A language's own model, where one is shipped: "en/ner/model.bin".
    private const string LanguageModelResource = "/ner/model.bin";

    private static readonly Lazy<EntityRecognizer> DefaultInstance = new(() =>
        new(LoadShippedModel(), NameCatalog.Embedded, LanguageResources.Embedded, ShippedLanguageModels(), SpanTyper.Shipped));

    private readonly NameCatalog catalog;
    private readonly LanguageResources resources;
    private readonly Tokenizer tokenizer;
    private readonly EntityCues allCues;
    private readonly EntityGrouper grouper;
    private readonly ConcurrentDictionary<string, EntityCues> cues = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateWords> dates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, NounLexicon> nounLexicons = new(StringComparer.Ordinal);

    /// <param name="model">The tagger's model for every language without one of its own.</param>
    /// <param name="catalog">Known names and their canonical forms.</param>
    /// <param name="resources">The per-language cue data.</param>
    /// <param name="languageModels">Languages tagged with a model of their own instead of <paramref name="model"/>.</param>
    /// <param name="typer">The second opinion on each name's type, or null to keep the tagger's.</param>
    public EntityRecognizer(
        NerModel model, NameCatalog catalog, LanguageResources resources, IReadOnlyDictionary<string, Lazy<NerModel>>? languageModels = null, SpanTyper? typer = null)
    {
        this.catalog = catalog;
        this.resources = resources;
        allCues = EntityCues.All(resources);
        tokenizer = new Tokenizer(allCues.Elisions);
        grouper = new EntityGrouper(catalog);
        Tagger = new EntityTagger(model, Labeller(catalog), ownModels: languageModels, typer: typer);
    }

    /// <summary>
    /// The shipped models with the embedded gazetteers and language data, loaded once: the common model, and a language's
    /// own where one is shipped (English reads word clusters made from English text; see <c>Resources/en/ner/</c>).
    /// </summary>
    public static EntityRecognizer Default => DefaultInstance.Value;

    public EntityTagger Tagger { get; }

    public static EntityRecognizer WithModel(NerModel model, SpanTyper? typer = null) => new(model, NameCatalog.Embedded, LanguageResources.Embedded, typer: typer);

    /// <summary>The shipped models with another <see cref="SpanTyper"/>, or none.</summary>
    public static EntityRecognizer WithSpanTyper(SpanTyper? typer) =>
        new(LoadShippedModel(), NameCatalog.Embedded, LanguageResources.Embedded, ShippedLanguageModels(), typer);

    /// <summary>The gazetteer features the shipped model was trained with.</summary>
    public static GazetteerLabeller DefaultGazetteer() => Labeller(NameCatalog.Embedded);

    public static NerModel LoadShippedModel()
    {
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The NER model ({ModelResource}) is not embedded in this build; train it with `storyline train ner`.");
        return NerModel.Load(stream, ModelResource);
    }

    /// <summary>The languages that ship a model of their own, each read on first use.</summary>
    public static IReadOnlyDictionary<string, Lazy<NerModel>> ShippedLanguageModels()
    {
        var assembly = typeof(EntityRecognizer).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(LanguageModelResource, StringComparison.Ordinal) && n != ModelResource)
            .ToDictionary(
                n => n[..^LanguageModelResource.Length],
                n => new Lazy<NerModel>(() =>
                {
                    using var stream = assembly.GetManifestResourceStream(n)!;
                    return NerModel.Load(stream, n);
                }),
                StringComparer.Ordinal);
    }

    public IReadOnlyList<Entity> Recognize(string text, string language)
    {
        var tokens = tokenizer.Tokenize(text);
        var words = tokens.Select(t => t.Text).ToArray();
        var languageCues = CuesFor(language);
        var calendar = dates.GetOrAdd(language, l => DateWords.For(resources, l));
        var nouns = nounLexicons.GetOrAdd(language, l => NounLexicon.Read(resources, l));
        var mentions = new List<RawMention>();
        var covered = new bool[tokens.Count];
        var introduced = new HashSet<string>(StringComparer.Ordinal);
        // The words the text writes in small letters, read once and only if a rule needs them (most texts name no one the
        // tagger missed).
        var lowerCaseWords = new Lazy<IReadOnlySet<string>>(() => words.Where(w => w.Length > 0 && char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal));
        var sentences = SentenceSplitter.Split(text, tokens, languageCues.Abbreviations, Text.SentenceStops.Of(languageCues.Abbreviations, calendar)).ToList();
        // Where nouns are capitalised, the words the text writes right after an article, or a preposition joined to one ("im
        // Dorf", [noun-openers]): common nouns, no surnames.
        var nounsAfterArticles = new Lazy<IReadOnlySet<string>>(() => languageCues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns)
            ? Enumerable.Range(1, Math.Max(0, words.Length - 1))
                .Where(k => words[k - 1].ToLowerInvariant() is var before && (languageCues.Determiners.Contains(before) || languageCues.NounOpeners.Contains(before)))
                .Select(k => words[k]).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>());
        var bare = BareNames.Find(tokens, sentences, languageCues, calendar, lowerCaseWords);
        foreach (var sentence in sentences)
        {
            var (start, end) = sentence;
            var segment = new ArraySegment<string>(words, start, end - start);
            var sentenceMentions = mentions.Count;
            var lengthenedTo = -1;
            foreach (var span in Tagger.Tag(segment, language, BareNames.Leans(segment, bare)))
            {
                if (start + span.Start < lengthenedTo)
                {
                    continue;
                }

                // "Unione europea": the tagger took the first word of a name the catalog knows whole.
                if (catalog.Match(segment, span.Start) is { Length: > 1 } known && known.Length > span.End - span.Start
                    && span.Start + known.Length <= segment.Count)
                {
                    lengthenedTo = start + span.Start + known.Length;
                    Array.Fill(covered, true, start + span.Start, known.Length);
                    mentions.Add(new RawMention(tokens[start + span.Start].Start, tokens[lengthenedTo - 1].End, Tagging.TagSet.ConllTypeOf(known.Name.Type)));
                    continue;
                }

                Array.Fill(covered, true, start + span.Start, span.End - span.Start);
                foreach (var (pieceStart, pieceEnd) in MentionCleaner.PersonPieces(start + span.Start, start + span.End, span.Type, tokens, languageCues))
                {
                    if (MentionCleaner.Clean(pieceStart, pieceEnd, span.Type, tokens, languageCues, start) is { } mention)
                    {
                        var extended = DesignatedNames.Extend(mention, pieceStart, pieceEnd, tokens, sentence, languageCues);
                        mentions.Add(extended);
                        if (extended.End != mention.End)
                        {
                            covered[pieceEnd] = true;
                        }

                        if (extended.Start != mention.Start)
                        {
                            // What the tagger read apart before it is part of the name now ("Olivenkontor" before "Breisgau GmbH").
                            mentions.RemoveAll(m => m != extended && extended.Start <= m.Start && m.End <= mention.Start);
                            Cover(extended);
                        }
                    }
                }
            }

            foreach (var designated in DesignatedNames.Find(tokens, sentence, covered, languageCues, nouns).ToList())
            {
                mentions.Add(designated);
                Cover(designated);
            }

            // An association's name replaces what the tagger read inside it ("Grünten", the mountain in "Bürgerinitiative
            // Lebendiger Grünten").
            foreach (var association in AssociationNames.Find(tokens, sentence, languageCues, nouns).ToList())
            {
                mentions.RemoveAll(m => m.Start < association.End && association.Start < m.End);
                mentions.Add(association);
                Cover(association);
            }

            foreach (var named in IntroducedNames.Find(tokens, sentence, covered, languageCues))
            {
                mentions.Add(named);
                introduced.Add(text[named.Start..named.End]);
            }

            mentions.AddRange(ExampleNames.Find(tokens, sentence, covered, languageCues));
            // A person after a title replaces what else the tagger read there; a person it read over the whole of it stays as
            // read ("Burgemeester Anouk Peeters van Venlo", cut later into the person and the place).
            foreach (var titled in TitledNames.Find(tokens, words, sentence, covered, catalog, language, languageCues, calendar).ToList())
            {
                if (!mentions.Exists(m => m.Start <= titled.Start && titled.End <= m.End && m.ConllType == titled.ConllType))
                {
                    mentions.RemoveAll(m => m.Start < titled.End && titled.Start < m.End);
                    mentions.Add(titled);
                }
            }

            // A first name and a surname replace a word of them the tagger read alone ("Vahldiek" as a place).
            var inSentence = mentions.Skip(Math.Min(sentenceMentions, mentions.Count)).ToList();
            foreach (var person in FirstNamedPersons.Find(
                tokens, words, sentence, inSentence, catalog, language, languageCues, calendar, lowerCaseWords, nounsAfterArticles).ToList())
            {
                mentions.RemoveAll(m => m.Start < person.End && person.Start < m.End);
                mentions.Add(person);
                Cover(person);
            }

            mentions.AddRange(CatalogNames.Find(tokens, words, sentence, covered, catalog, language, languageCues, text));
            mentions.AddRange(GenitivePlaces.Find(tokens, sentence, covered, catalog, language, languageCues, nouns));
            mentions.AddRange(RegionNames.Find(tokens, sentence, covered, languageCues, nouns));
        }

        // Like a name an organisation noun introduces where only names have capitals, one it introduces where nouns have them
        // too ("des Lastenrad-Start-ups Grünhafen") is that organisation wherever written again, however rarely the tagger
        // took it there.
        var nounIntroduced = NounIntroducedNames.Find(tokens, sentences, covered, text, mentions, languageCues, catalog, language).ToList();
        mentions.AddRange(nounIntroduced);
        introduced.UnionWith(nounIntroduced.Select(m => text[m.Start..m.End]));
        var quoted = QuotedProducts.Find(text, languageCues).Concat(QuotedOrganisations.Find(text, languageCues)).ToList();
        mentions.RemoveAll(m => quoted.Exists(q => q.Start < m.End && m.Start < q.End));
        mentions.AddRange(quoted);
        mentions = InitialledPlaces.Join(mentions, tokens, text, catalog, language);
        mentions = DesignatedNames.Join(mentions, text, languageCues);
        mentions.AddRange(BrandNames.Find(tokens, covered, mentions, text).ToList());

        // Text without spaces: the tagger, trained on other scripts, reads clauses there; the catalog's places replace what
        // it read over them.
        var unspaced = UnspacedNames.Find(text, catalog, language).ToList();
        if (unspaced.Count > 0)
        {
            mentions.RemoveAll(m => unspaced.Exists(u => u.Start < m.End && m.Start < u.End));
            mentions.AddRange(unspaced);
        }

        // A public body's full name replaces the parts the tagger found inside it ("Wirtschaft" in "Ministerium für Wirtschaft");
        // so does a newspaper's ("Frankfurter" in "Frankfurter Rundschau"), a street's ("Est" in "gare de l'Est"), a road's
        // ("B 27") and a club's ("SV" in "SV Endert 1921").
        var bodies = sentences.SelectMany(s => BodyNames.Find(tokens, words, s, languageCues, catalog, nouns))
            .Concat(sentences.SelectMany(s => MediaNames.Find(tokens, s, languageCues, catalog, language)))
            .Concat(sentences.SelectMany(s => StreetNames.Find(tokens, words, s, languageCues, catalog)))
            .Concat(sentences.SelectMany(s => RoadNames.Find(tokens, s, languageCues)))
            .Concat(sentences.SelectMany(s => ClubNames.Find(tokens, s, languageCues, nouns, mentions)))
            .Concat(NamedInstitutions.Find(tokens, languageCues)).ToList();
        mentions.RemoveAll(m => bodies.Exists(b => b.Start < m.End && m.Start < b.End));
        mentions.AddRange(bodies);
        mentions = SuspendedCompounds.Join(mentions, text, languageCues, catalog, language);
        mentions = DesignatedNames.Close(mentions, tokens, languageCues);

        var definitions = AcronymDefinitions.Find(mentions, text).ToList();
        var defined = definitions.SelectMany(d => new[] { d.Name, d.Acronym }).Distinct().ToList();
        // The words an acronym spells are its organisation, whatever the tagger typed them ("Beroepsvereniging Cockpitpersoneel (BVC)").
        mentions.RemoveAll(m => defined.Exists(d => d.Start <= m.Start && m.End <= d.End && ((d.Start, d.End) != (m.Start, m.End) || d.ConllType != m.ConllType)));
        mentions.AddRange(defined.Where(d => !mentions.Contains(d)).ToList());

        bool KnownOrganisation(string name) => catalog.Resolve(name, language) is { Type: EntityType.Organisation };

        // After the definitions, so that "(GDZL)" is read as the name before it spelt short, not as a name of its own.
        foreach (var sentence in sentences)
        {
            mentions.AddRange(AcronymNames.Find(tokens, sentence, covered, mentions, languageCues, KnownOrganisation).ToList());
        }

        mentions = AcronymNames.Typed(mentions, text, languageCues, name => catalog.Resolve(name, language) is not null);

        // The designated name's tokens.
        void Cover(RawMention m)
        {
            for (var i = TokenSearch.FirstFrom(tokens, m.Start); i < tokens.Count && tokens[i].End <= m.End; i++)
            {
                covered[i] = true;
            }
        }
        mentions = ListedNames.Split(mentions, text, languageCues, catalog, language);
        bool IsKnownPlace(string name) => catalog.Resolve(name, language, EntityType.Place) is { Type: EntityType.Place };
        mentions = ParticledPersons.Join(mentions, tokens, text, languageCues, IsKnownPlace);
        mentions = PersonOrigins.Cut(mentions, text, languageCues, catalog, language);
        mentions = OrganisationOrigins.Cut(mentions, text, languageCues, catalog, language);
        mentions = DemonymAdjectives.Cut(mentions, text, languageCues, catalog, language, nouns);
        mentions = GenitiveNames.Cut(mentions, text, languageCues.GenitiveEndings, catalog, language);
        mentions = CommonNouns.Cut(mentions, text, languageCues);
        mentions = RunOnNouns.Cut(mentions, text, languageCues, nouns);
        mentions = CountedNouns.Drop(mentions, tokens, text, languageCues, catalog, language);
        mentions = AdjectiveOpeners.Cut(mentions, text, languageCues);
        // After the cuts above, so that a noun the tagger ran onto a name ("Wittkamp Filialen") is judged alone.
        mentions = LexiconNouns.Drop(
            mentions, text, nouns, languageCues,
            name => catalog.Resolve(name, language) is not null, word => Tagger.Tag([word], language) is [var alone] ? alone.Type : null, nounsAfterArticles);
        mentions = ProgrammeNames.Cut(mentions, text, languageCues);
        mentions = PluralInitials.Cut(mentions, text);
        mentions = MatchScores.Cut(mentions, text);
        mentions = BareNames.Retype(mentions, bare, tokens, text, languageCues, IsKnownPlace);
        mentions = PlacedNames.Apply(mentions, tokens, text, sentences, languageCues, IsKnownPlace);
        mentions = TownNames.Find(
            mentions, tokens, text, sentences, languageCues, nouns, nounsAfterArticles, IsKnownPlace);
        // A title in marks after a noun for a work replaces what else was read there, after the cuts above, which read a title's
        // words as names ("Der Wolf vom Deich" is no wolf from a dyke).
        var works = QuotedWorks.Find(text, languageCues).ToList();
        mentions.RemoveAll(m => works.Exists(w => w.Start < m.End && m.Start < w.End));
        mentions.AddRange(works);
        // A league's name replaces the place the tagger read in its region ("Regionalliga Südwest").
        var leagues = LeagueNames.Find(tokens, languageCues, mentions).Where(l => !works.Exists(w => w.Start < l.End && l.Start < w.End)).ToList();
        mentions.RemoveAll(m => leagues.Exists(l => l.Start < m.End && m.Start < l.End));
        mentions.AddRange(leagues);

        // A name an organisation noun introduced ("het Duitse deelstepbedrijf Flinkr") is that organisation wherever the
        // article writes it again, as a short name is, though the tagger missed it there each time.
        var shortNames = OrganisationShortNames.Of(mentions, text, languageCues, catalog, language);
        shortNames.UnionWith(introduced);
        mentions = MentionSpreader.Spread(mentions, tokens, text, languageCues.GenitiveEndings, shortNames);
        var heads = CompoundNames.Find(
            mentions, tokens, text, catalog, language, languageCues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns), noun => languageCues.IsMediaHead(noun) || languageCues.IsBodyHead(noun),
            languageCues.AdjectiveEndings, shortNames, languageCues.GenitiveEndings).ToList();

        // A compound's head replaces the whole compound when the tagger took it as one name.
        var headEnds = heads.ToDictionary(h => h.Start, h => h.End);
        mentions.RemoveAll(m => headEnds.TryGetValue(m.Start, out var end) && m.End > end && !text.AsSpan(end, m.End - end).Contains(' '));
        mentions.AddRange(heads);
        // "Gesundheitsministerin Doreen Kupfer …, sagte Kupfer.": a term that is the surname of a person the article names
        // in full is that person.
        var surnames = mentions.Where(m => m.ConllType == "PER" && text.AsSpan(m.Start, m.End - m.Start).Contains(' '))
            .Select(m => text[m.Start..m.End]).Select(n => n[(n.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        mentions.RemoveAll(m => CommonTerms.IsOne(text[m.Start..m.End], languageCues) && !surnames.Contains(text[m.Start..m.End]));
        mentions = WeekdayNames.Cut(mentions, tokens, sentences, calendar, text);
        mentions = LoneOpeners.Drop(mentions, tokens, sentences, catalog, language, languageCues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns));
        mentions = PortfolioNames.Drop(mentions, text, languageCues, name => catalog.Resolve(name, language) is not null);
        return grouper.Group(mentions, text, language, languageCues, definitions.Select(d => (text[d.Acronym.Start..d.Acronym.End], text[d.Name.Start..d.Name.End])).ToList());
    }

    // A sentence quotes titles of other languages too ("OpenAI-CEO" in French): every language's cues, but only the
    // article's own genitive and inflection endings (a German -s is not an English one).
    private EntityCues CuesFor(string language) =>
        cues.GetOrAdd(language, l => allCues.WithOwnLanguage(EntityCues.For(resources, l)));

    private static GazetteerLabeller Labeller(NameCatalog catalog) =>
        new((tokens, start) => catalog.Match(tokens, start) is { } m ? (m.Length, m.Name.Type) : null);
}
