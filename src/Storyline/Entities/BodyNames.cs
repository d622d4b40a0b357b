using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "Bundesministerium für Wirtschaft", "Senatsverwaltung für Wirtschaft", "Ministerio de Economía", "Centraal Bureau voor
/// de Statistiek", "Department of Health": a word naming a kind of public body (<c>[body-heads]</c>; an entry written
/// "-amt" is the end of a compound, "Landesamt"), then a linking word (<c>[body-links]</c>) and capitalised words (two
/// joined by a <c>[conjunctions]</c> word at most, or a second subject after a conjunction and a link: "dell'Economia e
/// delle Finanze"; none that opens with a first name: "el Gobierno de Pedro Sánchez"), is one organisation's name (lower-case words may qualify the head before the
/// link where adjectives follow nouns: "Tribunale regionale di Amburgo"), with up to two capitalised words before the
/// head ("Centraal Bureau"); so is a head followed by the place it serves ("Landgericht Hamburg", "Bezirksregierung
/// Düsseldorf"; where nouns are capitalised, also a district the catalog does not know: "Landratsamt Oberallgäu"); so is
/// a head after capitalised adjectives where adjectives are written small ("des Hanseatischen Oberlandesgerichts"); so is one word that names a country's only body of its kind (<c>[national-bodies]</c>: "Bundeskartellamt"). The tagger, trained on Wikipedia, finds the body's subject or place alone or reads the whole as a person.
/// </summary>
internal static class BodyNames
{
    private const int MaxBefore = 2;

    private const int MaxAfter = 4;

    public static IEnumerable<RawMention> Find(
        IReadOnlyList<Token> tokens, IReadOnlyList<string> words, (int Start, int End) sentence, EntityCues cues, NameCatalog catalog, NounLexicon? nouns = null)
    {
        for (var h = sentence.Start; h < sentence.End - 1; h++)
        {
            // A head is capitalised; read in lower case once for both kinds of head. "Bundeskartellamt", "des
            // Bundeskartellamts": a country's one body of its kind is named by its word alone.
            var word = tokens[h].Text;
            // "le tribunal régional de Hambourg", "la cour d'appel de Paris": a court's noun written small opens the court's
            // name where a link and a place the catalog knows follow (<c>[court-heads]</c>, the article's language).
            var small = cues.CourtHeads.Contains(word);
            if (word.Length < MinimumHead || (!char.IsUpper(word[0]) && !small))
            {
                continue;
            }

            var lower = word.ToLowerInvariant();
            var national = cues.IsNationalBody(lower);
            if (!national && !cues.IsBodyHead(lower))
            {
                continue;
            }

            if (small)
            {
                if (CourtOfPlace(tokens, words, h, sentence, cues, catalog) is var court && court > h)
                {
                    yield return new RawMention(tokens[h].Start, tokens[court - 1].End, "ORG");
                    h = court - 1;
                }

                continue;
            }

            // "Landgericht Hamburg", "Bezirksregierung Düsseldorf", "Veiligheidsregio Limburg-Noord": the head, then the
            // place whose body it is, with no linking word.
            // Not a word the catalog knows as a place that qualifies the head before a link ("Tribunal Superior de Justicia":
            // Superior, Wisconsin).
            if (catalog.Match(words, h + 1) is { Name.Type: EntityType.Place } place && h + 1 + place.Length <= sentence.End
                && !LinksOn(tokens, h + 1 + place.Length, sentence.End, cues))
            {
                // With the capitalised words before the head ("Technische Universität Berlin", "Erasmus Universiteit Rotterdam").
                yield return new RawMention(tokens[NamedFrom(tokens, h, sentence.Start, cues)].Start, tokens[h + place.Length].End, "ORG");
                h += place.Length;
                continue;
            }

            // "Landratsamt Oberallgäu", "Polizeipräsidium Mittelfranken": where every noun has a capital, a head and one
            // capitalised word after it that the noun lexicon does not list and that is no first name name the district the
            // body serves, which the catalog does not know ("das Landgericht Urteile …" is no name: a noun, nor is "der
            // Wetterdienst Verwehungen", whose ending only nouns have); not where the name goes on after a conjunction
            // ("Autoriteit Consument & Markt").
            if (nouns is { IsEmpty: false } && cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns) && !national
                && IsCapitalised(tokens[h + 1].Text) && !nouns.Lists(tokens[h + 1].Text) && !cues.HasNounEnding(tokens[h + 1].Text)
                && FirstNames.Embedded.GenderOf(tokens[h + 1].Text) is null
                && !cues.Titles.Contains(tokens[h + 1].Text.ToLowerInvariant()) && tokens[h + 1].Start == tokens[h].End + 1
                && (h + 2 >= sentence.End || (!IsCapitalised(tokens[h + 2].Text) && tokens[h + 2].Text != "&" && !cues.Conjunctions.Contains(tokens[h + 2].Text)))
                && !LinksOn(tokens, h + 2, sentence.End, cues))
            {
                yield return new RawMention(tokens[h].Start, tokens[h + 1].End, "ORG");
                h++;
                continue;
            }

            // "Tribunale regionale di Amburgo", "Cour d'appel de Paris": where adjectives follow their noun, up to two
            // lower-case words may qualify the head before the link (in English "the Commission said of" would be read so).
            var link = h + 1;
            while (cues.AdjectivesFollowNouns && link < sentence.End && link - h <= MaxQualifiers && Qualifies(tokens[link].Text, cues))
            {
                link++;
            }

            if (link + 1 >= sentence.End || !cues.BodyLinks.Contains(tokens[link].Text.ToLowerInvariant()))
            {
                if (national)
                {
                    yield return new RawMention(tokens[h].Start, tokens[h].End, "ORG");
                }
                else if (cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns) && h - 1 > sentence.Start && IsNameAdjective(tokens[h - 1].Text, cues))
                {
                    // "des Hanseatischen Oberlandesgerichts", "das Bayerische Landesamt", "der Deutschen Presse Agentur": where
                    // adjectives are written small, capitalised ones before a body's head inside a sentence make the body's own name.
                    var opens = h - 1;
                    while (opens - 1 > sentence.Start && h - opens < MaxBefore && IsNameAdjective(tokens[opens - 1].Text, cues))
                    {
                        opens--;
                    }

                    yield return new RawMention(tokens[opens].Start, tokens[h].End, "ORG");
                }
                else if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns) && h > sentence.Start
                    && (char.IsLower(tokens[h - 1].Text[0]) || cues.Determiners.Contains(tokens[h - 1].Text.ToLowerInvariant()))
                    && Subject(tokens, h + 1, sentence.End, cues) is var named && named > h + 1)
                {
                    // "la Plataforma Bierzo Sano", "la Plateforme Patients Bruxelles": where only names are capitalised, a
                    // capitalised head inside a sentence opens the name of the capitalised words after it; not a head that
                    // ends a longer name ("National Disaster Mitigation Agency Agus Wibowo").
                    yield return new RawMention(tokens[h].Start, tokens[named - 1].End, "ORG");
                    h = named - 1;
                }
                else if (!cues.Capitalisation.Contains(MentionCleaner.CapitalisedNouns) && SubjectBefore(tokens, h, sentence.Start, cues) is var opens && opens < h)
                {
                    // "the Food and Drug Administration said", "the Securities and Exchange Commission": capitalised words
                    // before a head that nothing links on from, two of them joined by a conjunction at most, name the body.
                    yield return new RawMention(tokens[opens].Start, tokens[h].End, "ORG");
                }

                continue;
            }

            // After the link, determiners or an elision ("voor de Statistiek", "dell'Economia"), then the subject.
            var k = PastArticles(tokens, link + 1, sentence.End, cues);

            // "el Gobierno de Pedro Sánchez": a body led by a person is no name of it.
            var end = k < sentence.End && FirstNames.Embedded.GenderOf(tokens[k].Text) is not null ? k : Subject(tokens, k, sentence.End, cues);
            if (end == k)
            {
                continue;
            }

            // "Ministero delle Infrastrutture e dei Trasporti", "Ministerio de Industria y de Turismo": a conjunction and a link
            // join a second subject of the same body; not another body ("e della Regione Lombardia") or a place.
            if (end + 2 < sentence.End && cues.Conjunctions.Contains(tokens[end].Text) && cues.BodyLinks.Contains(tokens[end + 1].Text.ToLowerInvariant()))
            {
                var next = PastArticles(tokens, end + 2, sentence.End, cues);

                if (next < sentence.End && !cues.IsBodyHead(tokens[next].Text.ToLowerInvariant()) && catalog.Match(words, next) is not { Name.Type: EntityType.Place })
                {
                    var joined = Subject(tokens, next, sentence.End, cues);
                    end = joined > next ? joined : end;
                }
            }

            // "Gerencia Regional de Salud de Castilla y León": a second link and subject go on with the name.
            if (end + 1 < sentence.End && cues.BodyLinks.Contains(tokens[end].Text.ToLowerInvariant()))
            {
                var next = end + 1;
                while (next < sentence.End && cues.Determiners.Contains(tokens[next].Text.ToLowerInvariant()))
                {
                    next++;
                }

                // Only over capitalised words: "la Secretaría de Seguridad Pública de ese país" ends before "de".
                var second = Subject(tokens, next, sentence.End, cues);
                end = second > next ? second : end;
            }

            yield return new RawMention(tokens[NamedFrom(tokens, h, sentence.Start, cues)].Start, tokens[end - 1].End, "ORG");
            h = end - 1;
        }
    }

    // Where the name of a court written small ends: past up to two qualifying words ("régional", "d'appel"), a link and
    // its articles, the place the catalog knows; or the head itself where no such place follows.
    private static int CourtOfPlace(IReadOnlyList<Token> tokens, IReadOnlyList<string> words, int h, (int Start, int End) sentence, EntityCues cues, NameCatalog catalog)
    {
        var link = h + 1;
        while (link < sentence.End && link - h <= MaxQualifiers && Qualifies(tokens[link].Text, cues) && !char.IsUpper(tokens[link].Text[0]))
        {
            link++;
        }

        if (link + 1 >= sentence.End || !cues.BodyLinks.Contains(tokens[link].Text.ToLowerInvariant()))
        {
            return h;
        }

        var k = PastArticles(tokens, link + 1, sentence.End, cues);
        return k < sentence.End && catalog.Match(words, k) is { Name.Type: EntityType.Place } place && k + place.Length <= sentence.End
            && !LinksOn(tokens, k + place.Length, sentence.End, cues)
            ? k + place.Length
            : h;
    }

    // Where the name opens: up to MaxBefore capitalised words before the head, none of them a determiner or the sentence's first word.
    private static int NamedFrom(IReadOnlyList<Token> tokens, int h, int sentenceStart, EntityCues cues)
    {
        var first = h;
        while (first > sentenceStart + 1 && h - first < MaxBefore && IsCapitalised(tokens[first - 1].Text)
            && !cues.Determiners.Contains(tokens[first - 1].Text.ToLowerInvariant()))
        {
            first--;
        }

        return first;
    }

    private const int MaxQualifiers = 2;

    // Whether a link and a capitalised subject (after articles) follow from token k on: the name goes on ("de Justicia").
    private static bool LinksOn(IReadOnlyList<Token> tokens, int k, int limit, EntityCues cues)
    {
        if (k + 1 >= limit || !cues.BodyLinks.Contains(tokens[k].Text.ToLowerInvariant()))
        {
            return false;
        }

        var subject = PastArticles(tokens, k + 1, limit, cues);
        return subject < limit && IsCapitalised(tokens[subject].Text);
    }

    // The token after the determiners and elisions from token k on ("voor de Statistiek", "dell'Economia").
    private static int PastArticles(IReadOnlyList<Token> tokens, int k, int limit, EntityCues cues)
    {
        while (k < limit && (cues.Determiners.Contains(tokens[k].Text.ToLowerInvariant()) || MentionCleaner.IsElision(tokens[k].Text.ToLowerInvariant(), cues)))
        {
            k++;
        }

        return k;
    }

    // The capitalised words of a body's subject from token k, two joined by a conjunction or "&" at most ("Castilla y León",
    // "Consument & Markt"); the token after them.
    private static int Subject(IReadOnlyList<Token> tokens, int k, int limit, EntityCues cues)
    {
        var end = k;
        while (end < limit && end - k < MaxAfter && IsCapitalised(tokens[end].Text) && !(end > k && OpensFullName(tokens, end, limit)))
        {
            end++;
            if (end + 1 < limit && (cues.Conjunctions.Contains(tokens[end].Text) || tokens[end].Text == "&") && IsCapitalised(tokens[end + 1].Text))
            {
                end++;
            }
        }

        return end;
    }

    // "la Universidad de Almería Encarnación Sáez Rull": a first name and a capitalised word after the subject's first
    // word open the name of the person the body is described for, when no comma sets it off.
    private static bool OpensFullName(IReadOnlyList<Token> tokens, int k, int limit) =>
        k + 1 < limit && FirstNames.Embedded.Listed(tokens[k].Text) && IsCapitalised(tokens[k + 1].Text);

    // The first token of the capitalised words right before the head at token h ("Food and Drug" before "Administration"),
    // two joined by a conjunction or "&" at most, after a word in lower case or a determiner; h when there are none.
    private static int SubjectBefore(IReadOnlyList<Token> tokens, int h, int sentenceStart, EntityCues cues)
    {
        var first = h;
        while (first > sentenceStart && h - first <= MaxBefore && IsCapitalised(tokens[first - 1].Text) && !cues.Determiners.Contains(tokens[first - 1].Text.ToLowerInvariant()))
        {
            first--;
            if (first - 2 >= sentenceStart && (cues.Conjunctions.Contains(tokens[first - 1].Text) || tokens[first - 1].Text == "&") && IsCapitalised(tokens[first - 2].Text))
            {
                first -= 2;
            }
        }

        // "the U.S. Food and Drug Administration": a country written short may stand before the name.
        var before = first > sentenceStart ? tokens[first - 1].Text : null;
        return before is not null && (char.IsLower(before[0]) || cues.Determiners.Contains(before.ToLowerInvariant()) || (before.Contains('.', StringComparison.Ordinal) && before.All(c => c == '.' || char.IsUpper(c))))
            ? first
            : h;
    }

    // A word that is no link, determiner or preposition, in lower case ("regionale", "appel") or capitalised as official
    // names write their adjectives ("Gerencia Regional de Salud", "Policía Local de Ponferrada"), or an elision that is no
    // link ("d'").
    private static bool Qualifies(string word, EntityCues cues)
    {
        var lower = word.ToLowerInvariant();
        return !cues.BodyLinks.Contains(lower)
            && (MentionCleaner.IsElision(lower, cues)
                || ((word.All(char.IsLower) || IsCapitalised(word)) && !cues.Determiners.Contains(lower) && !cues.Prepositions.Contains(lower)));
    }

    // A capitalised word with one of the language's adjective endings ("Hanseatischen", "Bayerische"), no article.
    private static bool IsNameAdjective(string word, EntityCues cues) =>
        word.Length > ShortestNameAdjective && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
        && !cues.Determiners.Contains(word.ToLowerInvariant()) && !cues.PossessiveDeterminers.Contains(word.ToLowerInvariant())
        && cues.InflectionEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private const int ShortestNameAdjective = 5;

    // Shorter capitalised words are initials or particles, no body's kind.
    private const int MinimumHead = 3;

    private static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
}
