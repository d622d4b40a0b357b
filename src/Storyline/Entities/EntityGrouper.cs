using Storyline.Entities.Names;
using Storyline.Entities.Tagging;

namespace Storyline.Entities;

/// <summary>
/// Turns an article's mentions into entities with one canonical name: the catalog's English name where it knows the
/// name (Bruxelles → Brussels), genitive endings stripped when the bare name is known (Frankreichs, OpenAIs), spellings
/// and inflections joined (Open AI, Deutschen Bahn), short forms joined to their one longer name (Altman → Sam Altman,
/// Mistral → Mistral AI, NRF → National Research Foundation, and an acronym to the name the text defines it for); then each entity typed (see <see cref="NameGroup"/>),
/// nationality words dropped and an organisation's named lines made products.
/// </summary>
internal sealed class EntityGrouper(NameCatalog catalog)
{
    // definitions: acronyms and the names the text spells them from, as written (AcronymDefinitions).
    public IReadOnlyList<Entity> Group(
        IReadOnlyList<RawMention> mentions, string text, string language, EntityCues cues, IReadOnlyCollection<(string Acronym, string Name)> definitions)
    {
        var kept = Deduplicate(mentions);
        // A country, a region or a city of 100,000 or more, as the article's language writes it.
        bool LargePlace(string word) => catalog.LocalPlace(word, language, CatalogNames.SingleWordRank) is not null;
        // "die Äußerungen Hassemers" after "Winfried Hassemer": a surname counts as written, so that its genitive is bared.
        var surfaces = kept.Select(m => text[m.Start..m.End])
            .Concat(kept.Where(m => m.ConllType == "PER").Select(m => text[m.Start..m.End]).Where(n => n.Contains(' ', StringComparison.Ordinal))
                .Select(n => n[(n.LastIndexOf(' ') + 1)..]))
            .ToHashSet(StringComparer.Ordinal);
        var (bares, storms) = Storms(kept.Select(m => (Mention: m, Bare: Bare(text[m.Start..m.End], surfaces, language, cues))).ToList(), text, language, cues, LargePlace);

        // "Barack Obama spoke … Obama said": the last word of a person named in full before it is that person's surname,
        // whatever the tagger read it as, not the town the catalog knows by it ("Obama", Japan); it joins the full name below.
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (m, bare) in bares.Where(b => b.Mention.ConllType == "PER" && b.Bare.Contains(' ', StringComparison.Ordinal)))
        {
            var surname = bare[(bare.LastIndexOf(' ') + 1)..];
            surnames[surname] = Math.Min(surnames.GetValueOrDefault(surname, int.MaxValue), m.Start);
        }

        // One name, one reading per article: every mention written the same way takes the catalog's name if any of them
        // gets it, under the type the tagger gave there; a place the tagger read as an organisation ("Brüssel" as the
        // seat of the EU) is still the place, but a name of one word only ever read as a person is not turned into a town
        // ("Florence", "Jordan"); one of several words the catalog knows as a place or an organisation is that ("Países Bajos",
        // "Tweede Kamer").
        var quotes = Quotes.QuoteCues.For(language);
        CanonicalName? Resolution(IGrouping<string, (RawMention Mention, string Bare)> g)
        {
            // A storm is no town of its name ("Hurricane Sandy").
            if ((surnames.TryGetValue(g.Key, out var named) && g.Min(b => b.Mention.Start) > named) || storms.Contains(g.Key))
            {
                return null;
            }

            var resolved = g.Select(b => catalog.Resolve(g.Key, language, TypeOf(b.Mention.ConllType))).FirstOrDefault(r => r is not null)
                ?? (g.All(b => b.Mention.ConllType == "PER")
                    ? (g.Key.Contains(' ', StringComparison.Ordinal)
                        ? catalog.Resolve(g.Key, language, EntityType.Place) ?? catalog.Resolve(g.Key, language, EntityType.Organisation)
                        : LonePlace(g) ?? LoneBody(g.Key))
                    : catalog.Resolve(g.Key, language));

            // "CDU, SPD und Grüne": a word the tagger read as a person that the alias table names as a body is that body.
            CanonicalName? LoneBody(string name) =>
                catalog.Resolve(name, language, EntityType.Organisation) is { Type: EntityType.Organisation } body ? body : null;

            // "d'anciens ingénieurs de Meta et Google": a name the catalog knows only as a small place (Meta, a province of
            // Colombia) is an organisation where the article lists it with organisations or has it speak; a country or a
            // city of more than CatalogNames.SingleWordRank people stays the place.
            // Any place the catalog knows is no place where the text describes it as a product ("Moshi, an AI-powered voice
            // assistant": Moshi is also a city in Tanzania).
            var members = g.Select(b => b.Mention).ToList();
            return resolved is { Type: EntityType.Place }
                && ((catalog.LocalPlace(g.Key, language, CatalogNames.SingleWordRank + 1) is null
                        && (OrganisationEvidence.ListedWithOrganisation(text, members, kept, cues) || OrganisationEvidence.Speaks(text, members, cues, quotes)))
                    || members.Exists(m => ProductShape.Described(text, m.End, cues)))
                ? null
                : resolved;
        }

        // "agli abitanti di Eindhoven", "dal Veneto alla Sardegna": a one-word "person" with no title and no full name to be the
        // surname of would become an organisation below; where the catalog knows it as a region or a city of at least
        // CatalogNames.SingleWordRank people, the tagger has misread a place (it never learnt the article's language); after a
        // word that places it ("la tappa di Pesaro") or listed after a town ("in Straßburg, Colmar und Mülhausen"), one of
        // CatalogNames.PlacedRank.
        CanonicalName? LonePlace(IGrouping<string, (RawMention Mention, string Bare)> g) =>
            g.Any(b => Titled(text, b.Mention.Start, cues))
                || EndsAPerson(g.Key, text, kept)
                ? null
                : catalog.LocalPlace(g.Key, language,
                    g.Any(b => CatalogNames.Placed(text, b.Mention.Start, cues, catalog, language)) ? CatalogNames.PlacedRank : CatalogNames.SingleWordRank);

        var resolutions = bares.GroupBy(b => b.Bare, StringComparer.Ordinal).ToDictionary(g => g.Key, Resolution, StringComparer.Ordinal);
        var groups = new Dictionary<string, NameGroup>(StringComparer.Ordinal);
        foreach (var (m, bare) in bares)
        {
            var resolved = resolutions[bare];
            var key = resolved?.Name ?? bare;
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new NameGroup(key, resolved);
            }

            group.Members.Add((m, bare));
        }

        MergeSpellings(groups, cues.InflectionEndings);
        MergeShortForms(groups, text, cues, quotes, kept, definitions, LargePlace);
        var entities = groups.Values
            .Where(g => !(g.Members.All(m => m.Mention.ConllType != "PER") && IsPlacesPeople(g, text, language, cues)))
            .Where(g => !IsPlacesThing(g, text, language, cues, kept))
            .Select(g => (Entity: new Entity(g.Name(), g.Type(text, cues, quotes, kept, LargePlace), g.Members
                .OrderBy(x => x.Mention.Start)
                .Select(x => new Mention(text[x.Mention.Start..x.Mention.End], x.Mention.Start, x.Mention.Length))
                .ToList()), ReadAsPerson: g.Members.All(m => m.Mention.ConllType == "PER")))
            .Where(x => x.ReadAsPerson || !IsNationality(x.Entity, text, language, cues))
            .Select(x => x.Entity)
            .OrderBy(e => e.Mentions[0].Start)
            .ToList();
        return ListedProducts.Typed(NameProducts(entities), text, language, cues, catalog);
    }

    // "Lumora Pods 2", "Lumora Live", "ChatGPT Search": a two-word "person" whose first word is an organisation or a
    // product of the same article, written like a brand (ChatGPT, iPhone), or with a number in it, is a product; people
    // are not named after the company they work for. A family is ("die Familie Quellmann" beside Quellmann GmbH): a name of
    // one word the company is short for is no product. So is an "organisation" that opens with another of the article's
    // and ends in a number ("Lumora Pods 2" beside Lumora): companies number their products, not their parts.
    private static List<Entity> NameProducts(List<Entity> entities)
    {
        var organisations = entities.Where(e => e.Type is EntityType.Organisation or EntityType.Product)
            .SelectMany(e => e.Mentions.Select(m => m.Text).Append(e.Name))
            .ToHashSet(StringComparer.Ordinal);
        return entities.Select(e => (e.Type == EntityType.Person
                && ((e.Name.Contains(' ', StringComparison.Ordinal) && organisations.Contains(e.Name.Split(' ')[0])) || e.Name.Split(' ').Any(w => w.Any(char.IsDigit)) || ProductShape.Brand(e.Name.Split(' ')[0])))
                || (e.Type == EntityType.Organisation && NumberedBy(e.Name, organisations))
            ? e with { Type = EntityType.Product }
            : e).ToList();
    }

    private static bool NumberedBy(string name, IReadOnlySet<string> organisations)
    {
        var words = name.Split(' ');
        return words.Length > 2 && words[^1].All(char.IsAsciiDigit) && organisations.Contains(words[0]);
    }

    // A word made from a known place with an ending of the article's language ("Berliner", "Singapouriens") is that
    // place's people or adjective; the caller keeps what the tagger read as a person, as first names are made so too
    // ("François", "Werner").
    private bool IsPlacesPeople(NameGroup group, string text, string language, EntityCues cues) =>
        group.Members.All(m => !m.Bare.Contains(' ', StringComparison.Ordinal) && catalog.Resolve(m.Bare, language) is null
            && OfPlace(text[m.Mention.Start..m.Mention.End], language, cues, catalog));

    // "des Pariser Büros": where every noun has a capital, a place's adjective and a noun the article also writes after an
    // article outside any name ("ein Büro in Paris"; CommonNouns) are the place's thing, not a name; "Hamburger Nordhafen"
    // stays, as "Nordhafen" is a name wherever else it is written, and so does what the catalog knows ("Mailänder Börse").
    private bool IsPlacesThing(NameGroup group, string text, string language, EntityCues cues, IReadOnlyList<RawMention> mentions) =>
        group.Resolved is null && cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns)
        && group.Members.All(m => m.Bare.Split(' ') is [var adjective, var noun] && OfPlace(adjective, language, cues, catalog)
            && CommonNouns.WrittenOutsideNames(text, noun, cues, mentions));

    // Nationality words are capitalised in English and Dutch (French engineers, Franse regering) and the training data
    // labels them; they are not entities here. Taken for another type, they must at least be used as adjectives. Read as
    // a person, a name only ends like one ("Pelosi said", "Gingrich cynically"; see the caller). They are written in small
    // letters after the first or after a hyphen ("Noord-Franse"): not "OpenAI" or "FBI", ending like "Israeli".
    private bool IsNationality(Entity entity, string text, string language, EntityCues cues) =>
        entity.Mentions.All(m => !m.Text.Contains(' ', StringComparison.Ordinal) && !CapitalInside(m.Text) && m.Text.Any(char.IsLower)
            && cues.DemonymEndings.Any(ending => m.Text.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            && (entity.Type == EntityType.Other || (catalog.Resolve(m.Text, language) is null && BeforeLowerCaseWord(text, m.Start + m.Length))));

    private static bool CapitalInside(string word) => word.Skip(1).Zip(word).Any(pair => char.IsUpper(pair.First) && char.IsLower(pair.Second));

    // The shortest place a demonym is made from ("Lyon"): shorter stems find places in ordinary names.
    private const int ShortestPlace = 4;

    /// <summary>Whether a word is a known place with one of the language's [place-demonym-endings] ("Kölner", "Lyonnais").</summary>
    internal static bool OfPlace(string word, string language, EntityCues cues, NameCatalog catalog)
    {
        return cues.PlaceDemonymEndings.Any(ending => word.Length - ending.Length >= ShortestPlace
            && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
            && (IsPlace(word[..^ending.Length]) || IsPlace(word[..^ending.Length] + "e")));

        bool IsPlace(string name) => catalog.Resolve(name, language, EntityType.Place) is { Type: EntityType.Place };
    }

    private static bool BeforeLowerCaseWord(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i > end && i < text.Length && char.IsLower(text[i]);
    }

    // Overlapping mentions (a spread copy inside a tagged one, a compound head inside a whole compound): the first longest wins.
    private static List<RawMention> Deduplicate(IReadOnlyList<RawMention> mentions)
    {
        var kept = new List<RawMention>();
        foreach (var m in mentions.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (kept.Count == 0 || m.Start >= kept[^1].End)
            {
                kept.Add(m);
            }
        }

        return kept;
    }

    // "Tropensturm Rita … Sturm Rita … Rita": a storm is other, named without its noun, and so is the name alone wherever the
    // article writes it, so that every way of writing it is one storm (see StormNames). Storms carry names that villages carry
    // too ("Rita"), so only an organisation or a large place the catalog knows is no storm's name ("Sturm Graz").
    private (List<(RawMention Mention, string Bare)> Bares, IReadOnlySet<string> Names) Storms(
        List<(RawMention Mention, string Bare)> bares, string text, string language, EntityCues cues, Func<string, bool> largePlace)
    {
        bool Known(string name) => catalog.Resolve(name, language) is { Type: not EntityType.Place } || largePlace(name);

        // "hat sich zum Hurrikan gewandelt": the noun alone names no storm; a person's surname stays ("sagte Sturm").
        bares.RemoveAll(b => b.Mention.ConllType != "PER" && !b.Bare.Contains(' ', StringComparison.Ordinal) && cues.IsStormNoun(b.Bare.ToLowerInvariant())
            && !Known(b.Bare));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (m, bare) in bares)
        {
            if (StormNames.Named(text, m.Start, bare, cues, Known))
            {
                names.Add(StormNames.Name(bare, cues, Known) ?? bare);
            }
        }

        return names.Count == 0
            ? (bares, names)
            : (bares.Select(b => (StormNames.Name(b.Bare, cues, Known) ?? b.Bare) is var name && names.Contains(name)
                ? (b.Mention with { ConllType = "MISC" }, name)
                : b).ToList(), names);
    }

    private string Bare(string surface, IReadOnlySet<string> surfaces, string language, EntityCues cues)
    {
        foreach (var ending in cues.GenitiveEndings.OrderByDescending(e => e.Length))
        {
            if (surface.Length > ending.Length + 1 && surface.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = surface[..^ending.Length];
                if (surfaces.Contains(stem) || catalog.Resolve(stem, language) is not null)
                {
                    return stem;
                }
            }
        }

        return surface;
    }

    // "Open AI" and "OpenAI": names equal but for spaces, hyphens and case are one name. "Deutschen Bahn" and
    // "Deutsche Bahn": names of several words that differ only by adjective endings are one name.
    private static void MergeSpellings(Dictionary<string, NameGroup> groups, IReadOnlySet<string> endings)
    {
        MergeBy(groups, g => ShortForm.Compact(g.Key));
        if (endings.Count > 0)
        {
            MergeBy(groups, g => Inflected(g.Key, endings));
        }
    }

    /// <summary>A name of several words with the adjective endings off each ("Deutsch Bahn" for "Deutschen Bahn"), or null.</summary>
    internal static string? Inflected(string name, IReadOnlySet<string> endings) =>
        name.Contains(' ', StringComparison.Ordinal) ? string.Join(' ', name.Split(' ').Select(w => Stem(w, endings))) : null;

    // Unresolved groups that share a key become one, named after the form written most often.
    private static void MergeBy(Dictionary<string, NameGroup> groups, Func<NameGroup, string?> keyOf)
    {
        var sharing = groups.Values
            .Where(g => g.Resolved is null)
            .Select(g => (Group: g, Key: keyOf(g)))
            .Where(x => x.Key is not null)
            .GroupBy(x => x.Key!, StringComparer.Ordinal)
            .Where(forms => forms.Count() > 1)
            .ToList();
        foreach (var forms in sharing)
        {
            var ordered = forms.Select(f => f.Group)
                .OrderByDescending(g => g.Members.Count).ThenBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            foreach (var other in ordered.Skip(1))
            {
                ordered[0].Members.AddRange(other.Members.Select(m => (m.Mention, ordered[0].Key)));
                groups.Remove(other.Key);
            }
        }
    }

    private static string Stem(string word, IReadOnlySet<string> endings)
    {
        foreach (var ending in endings.OrderByDescending(e => e.Length))
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static void MergeShortForms(
        Dictionary<string, NameGroup> groups, string text, EntityCues cues, Quotes.QuoteCues quotes, IReadOnlyList<RawMention> all,
        IReadOnlyCollection<(string Acronym, string Name)> definitions, Func<string, bool> largePlace)
    {
        bool Writes(NameGroup g, string surface) => g.Members.Exists(m => text.AsSpan(m.Mention.Start, m.Mention.End - m.Mention.Start).SequenceEqual(surface));
        bool Defined(NameGroup acronym, NameGroup name) => definitions.Any(d => Writes(acronym, d.Acronym) && Writes(name, d.Name));

        // "la Commission nationale de l’informatique et des libertés (CNIL)": a name that an acronym the catalog knows as an
        // organisation spells is that body, though the catalog lacks the name as the text writes it.
        foreach (var name in groups.Values.Where(g => g.Resolved is null).ToList())
        {
            if (groups.Values.FirstOrDefault(a => a != name && a.Resolved is { Type: EntityType.Organisation } && Defined(a, name)) is { } known)
            {
                known.Members.AddRange(name.Members);
                groups.Remove(name.Key);
            }
        }

        // By the type the group ends with, not the tagger's vote alone: "Farmaceutici Orsini" read as a person is still
        // the company its designator says, and "Orsini" is its short form however often it is written.
        var typed = new Dictionary<NameGroup, bool>();
        bool IsPerson(NameGroup g)
        {
            if (!typed.TryGetValue(g, out var person))
            {
                typed[g] = person = g.Type(text, cues, quotes, all, largePlace) == EntityType.Person;
            }

            return person;
        }

        // "Xi Jinping … Xi said", "Thaksin Shinawatra … Thaksin sagte": where a person is called by the first word of the name
        // (a family name written first, a Thai given name), that word alone, after the name in full, is the one person whose
        // name opens with it, and whom a title introduced ("Präsident Xi Jinping": a company named like a person,
        // "Kestrel Labs", has none); not where another name opens with it too ("Zeewind Airlines", "Zeewind Go") or it
        // names something the catalog knows.
        NameGroup? OpensOnePerson(NameGroup shortGroup, int shortFirst)
        {
            if (shortGroup.Key.Contains(' ', StringComparison.Ordinal))
            {
                return null;
            }

            var opened = groups.Values.Where(g => g != shortGroup && g.Key.StartsWith(shortGroup.Key + " ", StringComparison.Ordinal)).ToList();
            return opened is [var person] && IsPerson(person) && person.Members.Min(m => m.Mention.Start) < shortFirst
                && person.Members.Any(m => Titled(text, m.Mention.Start, cues)) ? person : null;
        }

        // "der Haushaltswarenhersteller Casalinghi Verdani … Verdani liegen 23 Meldungen vor": a company whose name the tagger
        // read as a person's is called by its last word too, as a person is.
        // Not a word that other names hold too ("Balear" of "El Mirador Balear" and "Naviera Balear Express").
        static bool ReadAsPerson(NameGroup g) => g.Members.TrueForAll(m => m.Mention.ConllType == "PER");
        bool OnlyIn(string word, NameGroup g) => !groups.Values.Any(other => other != g && other.Key != word
            && other.Key.Split(' ').Contains(word, StringComparer.Ordinal));

        foreach (var shortGroup in groups.Values.Where(g => g.Resolved is null).OrderBy(g => g.Key.Length).ToList())
        {
            // Only the one longer name it can be short for: "OpenAI" is not short for "OpenAI Academy", nor "Lumora" for
            // "Lumora Pods 2" (see ShortForm: an organisation's short form drops designators only). A surname written far
            // more often than the full name it ends is a name of its own ("Lumora" ×9, "von Lumora" once), unless the full
            // name came first: news introduces a person in full, then writes the surname ("Heinz Kluncker", then "Kluncker" ×9).
            // Nor is a name an organisation noun introduced before the person was named the person's ("El grupo químico
            // italiano Selvani …", then "Ottavio Selvani", its chairman).
            var shortFirst = shortGroup.Members.Min(m => m.Mention.Start);
            var introduced = OrganisationEvidence.Introduced(text, shortGroup.Members.Select(m => m.Mention), cues);
            var targets = groups.Values
                .Where(g => g != shortGroup && g.Key.Length > shortGroup.Key.Length)
                .Where(g => !IsPerson(g) || ((shortGroup.Members.Count <= 4 * g.Members.Count || g.Members.Min(m => m.Mention.Start) < shortFirst)
                    && !(introduced && shortFirst < g.Members.Min(m => m.Mention.Start))))
                .Where(g => ShortForm.Of(shortGroup.Key, g.Key, IsPerson(g), cues.OrganisationDesignators) || Defined(shortGroup, g)
                    || (!IsPerson(g) && CompoundDesignated(shortGroup.Key, g.Key, cues))
                    || (ReadAsPerson(g) && ShortForm.Of(shortGroup.Key, g.Key, person: true, cues.OrganisationDesignators) && OnlyIn(shortGroup.Key, g)))
                .ToList();
            // "Olsen" after "Maria T. Olsen" and "Maria Olsen", "Harwick" after "Harwick Foods Inc." and "Harwick Foods": a target
            // that is itself short for another is that one.
            targets.RemoveAll(g => targets.Exists(other => other != g && other.Key.Length > g.Key.Length && IsPerson(other) == IsPerson(g)
                && ShortForm.Of(g.Key, other.Key, IsPerson(other), cues.OrganisationDesignators)));
            if (targets.Count == 0 && OpensOnePerson(shortGroup, shortFirst) is { } person)
            {
                // The person's, whatever the tagger read the word alone as ("Thaksin" as a place that speaks).
                person.Members.AddRange(shortGroup.Members.Select(m => (m.Mention with { ConllType = "PER" }, m.Bare)));
                groups.Remove(shortGroup.Key);
                continue;
            }
            // "Quellmann" after "Quellmann Pumpentechnik GmbH & Co. KG" and "Konstantin Quellmann, Enkel des Firmengründers": a
            // word short for a company and for a person of its family names the one the article introduced first, its subject.
            if (targets is [var a, var b] && IsPerson(a) != IsPerson(b))
            {
                targets.RemoveAt(a.Members.Min(m => m.Mention.Start) < b.Members.Min(m => m.Mention.Start) ? 1 : 0);
            }

            // "Brambeck" beside "Brambeck Wohnen GmbH" and "Brambeck Hausservice GmbH": short for two companies, it names
            // the group they belong to, an organisation whatever the tagger read it as.
            if (targets.Count > 1 && !targets.Exists(IsPerson) && targets.TrueForAll(g => g.Members.Exists(m => ShortForm.IsLegalForm(
                text[m.Mention.Start..m.Mention.End].Split(' ')[^1], cues.OrganisationDesignators))))
            {
                var members = shortGroup.Members.Select(m => (m.Mention with { ConllType = "ORG" }, m.Bare)).ToList();
                shortGroup.Members.Clear();
                shortGroup.Members.AddRange(members);
                typed.Remove(shortGroup);
                continue;
            }

            // Where the word is the company's (or a name of its own that is no person's), the word right after a quote and its
            // verb is still the person of the family who spoke („…“, sagte Wittkamp), where the article names one.
            if ((targets is [var firm] ? !IsPerson(firm) : targets.Count == 0 && !IsPerson(shortGroup))
                && groups.Values.Where(g => g != shortGroup && IsPerson(g) && ShortForm.Of(shortGroup.Key, g.Key, person: true, cues.OrganisationDesignators)).ToList() is [var speaker])
            {
                var spoken = shortGroup.Members.Where(m => OrganisationEvidence.SaidAfterQuote(text, m.Mention, quotes)).ToList();
                if (spoken.Count < shortGroup.Members.Count)
                {
                    speaker.Members.AddRange(spoken.Select(m => (m.Mention with { ConllType = "PER" }, m.Bare)));
                    shortGroup.Members.RemoveAll(spoken.Contains);
                    typed.Remove(speaker);
                }
            }

            if (targets.Count == 1)
            {
                // "Die Familie Orsini", "the Orsini family": the family a company is named after is its people, not the company.
                var family = IsPerson(targets[0]) ? [] : shortGroup.Members.Where(m => FamilyNamed(text, m.Mention, cues)).ToList();
                targets[0].Members.AddRange(shortGroup.Members.Except(family));
                typed.Remove(targets[0]);
                groups.Remove(shortGroup.Key);
                if (family.Count > 0)
                {
                    var people = new NameGroup(shortGroup.Key, null);
                    people.Members.AddRange(family.Select(m => (m.Mention with { ConllType = "PER" }, m.Bare)));
                    groups[shortGroup.Key] = people;
                }
            }
        }
    }

    // "Quellmann" for "Quellmann Pumpentechnik": a company's first word, where the words after it are closed compounds of the
    // language's designators ([compound-designators]), as "Pumpen|technik" is.
    private static bool CompoundDesignated(string shortName, string longName, EntityCues cues) =>
        longName.StartsWith(shortName + " ", StringComparison.Ordinal)
        && longName[(shortName.Length + 1)..].Split(' ').All(word => OrganisationEvidence.CompoundDesignated(word, cues));

    // Whether a family noun of entities.txt [family-nouns] stands right before the mention or right after it ("la famiglia
    // Orsini", "the Orsini family").
    private static bool FamilyNamed(string text, RawMention m, EntityCues cues) =>
        cues.FamilyNouns.Contains(TextScan.WordBefore(text, m.Start).ToLowerInvariant())
        || cues.FamilyNouns.Contains(TextScan.WordAfter(text, m.End).ToLowerInvariant());

    // Whether the word right before position `start` is a title of entities.txt [titles] ("Mr.", "Herr", "Senator") or a
    // compound ending in one ("Bundesinnenminister").
    private static bool Titled(string text, int start, EntityCues cues)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var first = end;
        while (first > 0 && (char.IsLetter(text[first - 1]) || text[first - 1] is '.' or '-'))
        {
            first--;
        }

        return end > first && end < start && TitledNames.IsTitle(text[first..end].TrimEnd('.'), cues);
    }

    // Whether a word ends a mention the tagger read as a person of several words (it is that person's surname).
    private static bool EndsAPerson(string word, string text, IReadOnlyList<RawMention> all) =>
        all.Any(m => m.ConllType == "PER" && m.End - m.Start > word.Length + 1 && text[m.Start..m.End].EndsWith(" " + word, StringComparison.Ordinal));

    private static bool StartsAPerson(string word, string text, IReadOnlyList<RawMention> all) =>
        FirstNames.Embedded.GenderOf(word) is not null
        && all.Any(m => m.ConllType == "PER" && m.End - m.Start > word.Length + 1 && text[m.Start..m.End].StartsWith(word + " ", StringComparison.Ordinal));

    private static EntityType TypeOf(string conllType) => TagSet.EntityTypeOf(conllType);

    // A name of several words is a product only where its noun stands right before it.
    private const int IntroducedRightBefore = 0;

    // Whether a letter and a space stand right before the position: not "Service (NAS)", where the initials follow a name.
    private static bool AfterWord(string text, int start) => start >= 2 && text[start - 1] == ' ' && char.IsLetter(text[start - 2]);

    private sealed class NameGroup(string key, CanonicalName? resolved)
    {
        public string Key => key;

        public CanonicalName? Resolved => resolved;

        public List<(RawMention Mention, string Bare)> Members { get; } = [];

        public string Name() => resolved?.Name
            ?? Members.GroupBy(m => m.Bare, StringComparer.Ordinal)
                .OrderByDescending(g => g.Key.Length).ThenByDescending(g => g.Count()).First().Key;

        public EntityType Type(string text, EntityCues cues, Quotes.QuoteCues quotes, IReadOnlyList<RawMention> all, Func<string, bool>? largePlace = null)
        {
            if (resolved is not null)
            {
                // "Mr. Obama", "President Obama": a title makes a person of a one-word name the catalog knows as a town, where
                // the tagger read a person too ("der Sprecher Berlins" is the city's).
                return resolved.Type == EntityType.Place && Members.All(m => !m.Bare.Contains(' ', StringComparison.Ordinal))
                    && Members.Any(m => Titled(text, m.Mention.Start, cues)) && TypeOf(Vote()) == EntityType.Person
                    ? EntityType.Person
                    : resolved.Type;
            }

            var type = TypeOf(Vote());

            // "der Main-Kinzig-Kreis", "des Saale-Orla-Kreises": names joined by hyphens to a district's noun name that
            // district ([district-nouns]), whatever the tagger read.
            if (Members.Any(m => m.Bare.LastIndexOf('-') is > 0 and var hyphen && !m.Bare.Contains(' ', StringComparison.Ordinal)
                && cues.DistrictNouns.Contains(m.Bare[(hyphen + 1)..].ToLowerInvariant())))
            {
                return EntityType.Place;
            }

            // "die frühere Einkaufsleiterin des Unternehmens, Sabine Trautwein", "Verteidiger Jörg Blessing": two words that
            // open with a known first name, which the catalog does not know as a place, are a person's name whatever the
            // tagger read there, unless a designator or a kind of body makes them an organisation's.
            if (type is EntityType.Place or EntityType.Organisation && FirstNamed() && !OrganisationEvidence.Designated(Name(), cues))
            {
                type = EntityType.Person;
            }

            // "Paris Agreement", "General Data Protection Regulation", "Manifeste de Tours": a law, a treaty or a declaration
            // is a text, and a title in marks after a noun for a work is that work ("das Album „Blei und Honig“"), whatever the body or place in its name made the tagger read; so is a programme ("il programma
            // europeo Horizon Europe"), but not a person named in full before the noun ("the Friedrich Merz government programme").
            if (OrganisationEvidence.Document(Name(), cues)
                || Members.Any(m => QuotedWorks.Titled(text, m.Mention.Start, cues))
                || Members.Any(m => ProgrammeNames.Introduced(text, m.Mention.Start, m.Mention.End, cues,
                    after: !(type == EntityType.Person && Name().Contains(' ', StringComparison.Ordinal)))))
            {
                return EntityType.Other;
            }

            // "Voltaria N1", "Galaxy S24": a name of several words that ends in a model code (letters and digits) is a product.
            if (type != EntityType.Person && Members.Any(m => ProductShape.EndsInModelCode(m.Bare)))
            {
                return EntityType.Product;
            }

            // "ChatGPT", "iPhone": a place the catalog does not know, written with a capital after a small letter, is a
            // product (places written so, "McAllen", are in the catalog).
            if (type == EntityType.Place && Members.All(m => ProductShape.Camel(m.Bare)))
            {
                return EntityType.Product;
            }

            // "its Brevik Home app": a place the catalog does not know, written only right before a product noun, is that
            // product; written elsewhere too ("Brevik said") it is the maker whose app it is.
            if (type == EntityType.Place && Members.All(m => ProductShape.Followed(text, m.Mention.End, cues)))
            {
                return EntityType.Product;
            }

            // "die Fitness-App Passo", "de fitnessapp Passo": a one-word name a product noun introduces is that product; so is
            // a longer one right after the noun ("del modello Aurora Elettrica"), unless a first name opens it ("the model
            // Naomi Campbell"); and a name in quotation marks right after a brand noun ("der Marke „Oro del Salento“"; "la
            // marca Balear Express" without marks is the company's name). A "place" here is one the catalog does not know
            // ("la app de mensajería Vindro" read as a town).
            if (Members.All(m => !m.Bare.Contains(' ', StringComparison.Ordinal))
                && Members.Any(m => ProductShape.Introduced(text, m.Mention.Start, cues)))
            {
                return EntityType.Product;
            }

            // "seinen Wasserkocher „Brisa Duo“": a name in marks right after a noun for the thing (QuotedProducts), whatever first
            // name it holds.
            if (Members.Any(m => QuotedProducts.Introduced(text, m.Mention.Start, cues)))
            {
                return EntityType.Product;
            }

            if (NoFirstName()
                && Members.Any(m => (AfterWord(text, m.Mention.Start) && ProductShape.Introduced(text, m.Mention.Start, cues, IntroducedRightBefore))
                    || ProductShape.QuotedBrand(text, m.Mention.Start, cues)))
            {
                return EntityType.Product;
            }

            // "Moshi, an AI-powered voice assistant": a name the tagger read as a place or a thing, described as a product.
            if (type is EntityType.Place or EntityType.Other && Members.Any(m => ProductShape.Described(text, m.Mention.End, cues)))
            {
                return EntityType.Product;
            }

            // News introduces a person by full name; a "person" only ever written as one word, and not the surname
            // of someone named in full (those joined their full name already), is a company or brand ("Lumora said").
            // A title before it ("Mr. Clarke", "Frau Merkel", "Senator Okafor") says it is a person after all.
            // Nor is the surname two people named in full share ("Salomon Leefsma", "Hannah Leefsma", "la famille Leefsma").
            // Nor is a known first name that opens someone named in full ("Salomon's granddaughter" after "Salomon Leefsma").
            // Nor is a known first name ("Moritz", "Kevin"): a person named as friends and fans name them. Nor is a name that
            // "he" or "she" takes up ("Clinton … She said"; PersonPronouns).
            var oneWord = Members.All(m => !m.Bare.Contains(' ', StringComparison.Ordinal));
            if (type == EntityType.Person && oneWord && !Members.Any(m => Titled(text, m.Mention.Start, cues))
                && !EndsAPerson(Members[0].Bare, text, all) && !StartsAPerson(Members[0].Bare, text, all)
                && FirstNames.Embedded.GenderOf(Members[0].Bare) is null
                && !PersonPronouns.Follow(text, Members.Select(m => m.Mention), all, cues))
            {
                type = EntityType.Organisation;
            }

            // "Eerlijk Zeeland", "Winkelhart Nederland", "Staten van Zeeland": a "person" of several words that holds a
            // country, a region or a large city and no capitalised listed first name (but that place, unless two lists give it
            // a gender: "Florence") is a party's, a movement's or a company's name; a person so named has a first name
            // ("Heinz Berlin") or a title, or "he" or "she" takes them up. A particle ("van") may be listed too.
            if (type == EntityType.Person && !oneWord && largePlace is not null && Members.Any(m => Words(m.Bare).Any(largePlace))
                && Members.All(m => Words(m.Bare).All(w => char.IsLower(w[0]) || !FirstNames.Embedded.Listed(w) || (largePlace(w) && FirstNames.Embedded.GenderOf(w) is null)))
                && !Members.Any(m => Titled(text, m.Mention.Start, cues))
                && !PersonPronouns.Follow(text, Members.Select(m => m.Mention), all, cues))
            {
                type = EntityType.Organisation;
            }

            // "Leefsma was forced to sell" after "Salomon Leefsma": a word the catalog does not know as a place that ends
            // someone named in full is that person's surname, though the tagger read a place.
            if (type == EntityType.Place && oneWord && EndsAPerson(Members[0].Bare, text, all))
            {
                return EntityType.Person;
            }

            // A name the tagger read as a place or a thing that speaks, is listed with an organisation, is told something
            // ("tells Sifted") or is described as one ("Voltaria, a Turin start-up") is an organisation.
            if (type is EntityType.Place or EntityType.Other && (OrganisationEvidence.Speaks(text, Members.Select(m => m.Mention), cues, quotes)
                || OrganisationEvidence.ListedWithOrganisation(text, Members.Select(m => m.Mention), all, cues)
                || OrganisationEvidence.Addressed(text, Members.Select(m => m.Mention), cues)
                || OrganisationEvidence.Described(text, Members.Select(m => m.Mention), cues)))
            {
                return EntityType.Organisation;
            }

            if (type != EntityType.Organisation
                && (OrganisationEvidence.Designated(Name(), cues)
                    || (type != EntityType.Product && Members.All(m => !m.Bare.Contains(' ', StringComparison.Ordinal))
                        && (OrganisationEvidence.Introduced(text, Members.Select(m => m.Mention), cues)
                            || OrganisationEvidence.Described(text, Members.Select(m => m.Mention), cues)))
                    || (type != EntityType.Product && NoFirstName() && OrganisationEvidence.IntroducedRightBefore(text, Members.Select(m => m.Mention), cues))
                    // "le fabricant de vélos Feldberg Mobility": a few words between the noun and the name, within one clause.
                    || (type != EntityType.Product && NoListedFirstName() && OrganisationEvidence.IntroducedInClause(text, Members.Select(m => m.Mention), cues))))
            {
                return EntityType.Organisation;
            }

            return type == EntityType.Other && Members.Any(m => ProductShape.Looks(text, m.Mention.Start, m.Mention.End, cues))
                ? EntityType.Product
                : type;
        }

        private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // Every member two capitalised words, the first a known first name ("Sabine Trautwein").
        private bool FirstNamed() => Members.All(m => m.Bare.Split(' ') is [var first, var last]
            && last.Length > 1 && char.IsUpper(last[0]) && last.Skip(1).All(char.IsLower) && FirstNames.Embedded.GenderOf(first) is not null);

        // "der Haushaltswarenhersteller Casalinghi Verdani": a name of several words none of which is a known first name
        // is a company's where a noun for organisations stands right before it; "la société de Jean Dupont" stays his.
        private bool NoFirstName() =>
            Members.All(m => m.Bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => FirstNames.Embedded.GenderOf(w) is null));

        // Stricter: no word is in any list of first names, whatever its gender ("Union leader Rüdiger Stamm").
        private bool NoListedFirstName() =>
            Members.All(m => m.Bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !FirstNames.Embedded.Listed(w)));

        // The type most mentions carry; a tie goes to the longest mention's.
        private string Vote() => Members
            .GroupBy(m => m.Mention.ConllType, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(m => m.Mention.Length))
            .First().Key;
    }
}
