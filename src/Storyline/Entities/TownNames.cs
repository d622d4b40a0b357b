using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "in Jünkerath", "nach Lübben", "aus Daun, Gerolstein und Prüm": a town too small for the catalog (<see cref="TownList"/>),
/// or a city the catalog knows ("in Schleiz und Saalfeld"), is a place where the text places it: after a preposition that
/// places what follows (<c>[place-prepositions]</c>, <c>[origin-prepositions]</c>), or further along a list that such a
/// preposition opens, whose other items the tagger found.
/// The tagger misses such towns where nothing else marks them ("In Jünkerath fehlten …") or reads them as something else
/// ("in Heidenau und Dohna"), which is then the place. Only where the language has a noun lexicon, so that a common noun
/// that names a village too ("nach Burg", "in Elend") stays a noun, and never a word the article writes after an article
/// ("die Burg"). Up to three words ("Sankt Andreasberg"); linear in the sentence. A village in no list is a place too
/// where a preposition that places nothing else puts it, and its word is no noun and no first name ("in Schierke").
/// </summary>
internal static class TownNames
{
    private const int MaxWords = 3;

    public static List<RawMention> Find(
        List<RawMention> mentions, IReadOnlyList<Token> tokens, string text, IEnumerable<(int Start, int End)> sentences, EntityCues cues,
        NounLexicon nouns, Lazy<IReadOnlySet<string>> nounsAfterArticles, Func<string, bool> knownPlace)
    {
        if (nouns.IsEmpty)
        {
            return mentions;
        }

        // Read here, after the check, so that an article in a language without a lexicon never loads the list.
        var list = TownList.Embedded;
        // A city the catalog knows is placed the same way: the tagger misses "Saalfeld" in "in Schleiz und Saalfeld" too.
        bool Town(string name) => list.Contains(name) || knownPlace(name);
        // For each token, the mention over it, or -1.
        var owner = PlacedNames.Owners(mentions, tokens);
        var added = new List<RawMention>();
        foreach (var (start, end) in sentences)
        {
            // Whether the token at hand is placed: right after a preposition that places, or next in a list of places; and
            // whether the list's item before it is a place.
            var placed = false;
            var afterPlace = false;
            // Whether the preposition that placed the list places only places ("in", not "bei", which puts people at a firm).
            var onlyPlaces = false;
            for (var i = start; i < end; i++)
            {
                if (cues.PlacesAfter(tokens[i].Text.ToLowerInvariant()))
                {
                    placed = true;
                    afterPlace = false;
                    onlyPlaces = cues.VillagePrepositions.Contains(tokens[i].Text.ToLowerInvariant());
                    continue;
                }

                if (!placed)
                {
                    continue;
                }

                var length = 0;
                if (owner[i] >= 0)
                {
                    while (i + length < end && owner[i + length] >= 0)
                    {
                        length++;
                    }

                    // A town the tagger read as something else where the text places it ("in Heidenau und Dohna").
                    // So is one word between two places of the list ("in Wurzbach, Harra oder Remptendorf"), whatever the town list.
                    var k = owner[i];
                    if (mentions[k].Start == tokens[i].Start && mentions[k].End == tokens[i + length - 1].End && mentions[k].ConllType != "LOC"
                        && (Town(text[mentions[k].Start..mentions[k].End]) || (length == 1 && afterPlace && PlaceListedNext(i + 1))))
                    {
                        mentions[k] = mentions[k] with { ConllType = "LOC" };
                    }
                }
                else if (TownAt(tokens, i, end, Town, nouns, nounsAfterArticles, onlyPlaces ? knownPlace : null) is var town and > 0)
                {
                    length = town;
                    added.Add(new RawMention(tokens[i].Start, tokens[i + length - 1].End, "LOC"));
                }

                afterPlace = length > 0 && (added.Count > 0 && added[^1].Start == tokens[i].Start || (owner[i] >= 0 && mentions[owner[i]].ConllType == "LOC"));
                i += Math.Max(length, 1) - 1;
                placed = length > 0 && i + 1 < end && (tokens[i + 1].Text == "," || cues.Conjunctions.Contains(tokens[i + 1].Text));
                if (placed)
                {
                    i++;
                }
            }
        }

        mentions.AddRange(added);
        return mentions;

        // Whether a comma or a conjunction at token `at` is followed by a place: a mention typed so, or a town of the list.
        bool PlaceListedNext(int at) =>
            at + 1 < tokens.Count && (tokens[at].Text == "," || cues.Conjunctions.Contains(tokens[at].Text))
            && ((owner[at + 1] >= 0 && mentions[owner[at + 1]].ConllType == "LOC") || Town(tokens[at + 1].Text));
    }

    // The number of tokens from i that name a town, or 0. city: where the preposition places nothing but places, the
    // catalog's places (a city named by a noun counts there, and so does a village in no list); null elsewhere.
    private static int TownAt(
        IReadOnlyList<Token> tokens, int i, int end, Func<string, bool> town, NounLexicon nouns, Lazy<IReadOnlySet<string>> nounsAfterArticles,
        Func<string, bool>? city)
    {
        if (!char.IsUpper(tokens[i].Text[0]))
        {
            return 0;
        }

        for (var length = Math.Min(MaxWords, end - i); length > 0; length--)
        {
            var name = string.Join(' ', Enumerable.Range(i, length).Select(k => tokens[k].Text));
            // A city the catalog knows that is a noun too ("Hof", "Halle") where a preposition for places alone puts it
            // without an article, as no common noun stands.
            if (town(name) && (length > 1 || ((!nouns.Lists(name) || city?.Invoke(name) == true) && !nounsAfterArticles.Value.Contains(name))))
            {
                return length;
            }
        }

        // Not before a capitalised word: "in Merkels Kabinett" is a genitive.
        return city is not null && Unlisted(tokens[i].Text, nouns, nounsAfterArticles) && (i + 1 >= end || !char.IsUpper(tokens[i + 1].Text[0])) ? 1 : 0;
    }

    // "in Gamsen", "aus Schierke": a village too small for any list, a word that no noun of the lexicon ends ("Elend" is
    // one) and no first name, written after a preposition that places nothing else (<c>[village-prepositions]</c>).
    private static bool Unlisted(string word, NounLexicon nouns, Lazy<IReadOnlySet<string>> nounsAfterArticles) =>
        word.Length >= ShortestVillage && word.Skip(1).All(char.IsLower) && !nouns.ListsAsNoun(word) && !nounsAfterArticles.Value.Contains(word)
        && FirstNames.Embedded.GenderOf(word) is null;

    private const int ShortestVillage = 4;
}
