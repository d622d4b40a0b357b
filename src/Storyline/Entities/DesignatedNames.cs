using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "Helvara AG", "Northgate Ventures", "Deutsche Bahn": capitalised words closed by an organisation designator are an
/// organisation's name even where the tagger saw none; the designators are data (<c>[organisation-designators]</c>).
/// Up to four capitalised words before the designator, inside one sentence, that the tagger left alone.
/// </summary>
internal static class DesignatedNames
{
    private const int MaxWords = 4;

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, (int Start, int End) sentence, bool[] covered, EntityCues cues, NounLexicon? nouns = null)
    {
        for (var j = sentence.Start + 1; j < sentence.End; j++)
        {
            var designator = tokens[j].Text;
            if (!covered[j] && nouns is not null && OrganisationEvidence.CompoundDesignated(designator, cues) && Compounded(tokens, j, sentence, covered, cues, nouns))
            {
                yield return new RawMention(tokens[j - 1].Start, tokens[j].End, "ORG");
                continue;
            }

            if (covered[j] || !Designator(designator, cues))
            {
                continue;
            }

            var first = j;
            while (first > sentence.Start && j - first < MaxWords && !covered[first - 1] && Joins(tokens, first - 1, cues))
            {
                first--;
            }

            // A designator that is a common noun too ("Energie", "Chemie") after a number and a noun the lexicon lists is what
            // is counted: "30 Prozent Energie", not "12 Siemens Energy Anlagen". A legal form closes a name whatever stands before it.
            if (first > sentence.Start && tokens[first - 1].Text.All(c => char.IsDigit(c) || c is ',' or '.') && nouns is not null
                && nouns.Lists(tokens[first].Text) && !MentionCleaner.IsLegalForm(designator, cues))
            {
                continue;
            }

            // "Echt & Ehrlich e.V.": the name opens with a word, not with "&".
            while (first < j && !IsCapitalisedWord(tokens[first].Text, cues))
            {
                first++;
            }

            if (first < j)
            {
                yield return new RawMention(tokens[first].Start, tokens[j].End, "ORG");
            }
        }
    }

    /// <summary>
    /// "Trivella Digitale S.p.A.", "Rhenova Chemie GmbH": a name the tagger found, right before a designator it left out,
    /// runs on to the designator, and is an organisation; so does one right after a designator and a linking word
    /// ("Journal of Electrochemical Frontiers", <c>[body-links]</c>), which it starts from. A document designator and a link
    /// before a place make a text's name ("principes de Washington").
    /// </summary>
    public static RawMention Extend(RawMention mention, int tokenStart, int tokenEnd, IReadOnlyList<Token> tokens, (int Start, int End) sentence, EntityCues cues)
    {
        // A designator and a linking word right before the name.
        if (tokenStart - 2 >= sentence.Start && tokens[tokenStart].Start == mention.Start && cues.BodyLinks.Contains(tokens[tokenStart - 1].Text))
        {
            var head = tokens[tokenStart - 2];
            var capitalised = char.IsUpper(head.Text[0]);
            if (capitalised && cues.IsDesignator(head.Text))
            {
                mention = new RawMention(head.Start, mention.End, "ORG");
            }
            else if (cues.DocumentDesignators.Contains(head.Text.ToLowerInvariant()) && (capitalised || mention.ConllType == "LOC"))
            {
                // "Manifeste de Tours", "les principes de Washington", "i Principi di Washington": a text named after a place
                // (or anything, when its noun is capitalised) is that text's name.
                mention = new RawMention(head.Start, mention.End, "MISC");
            }
        }

        // A capitalised designator right before the name opens it: "Gruppo Selvani S.p.A." where the tagger found "Selvani
        // S.p.A.", "Grupo Ferrovial"; and before a one-word place, which is then the firm's name ("vom Bankhaus Greifenberg").
        if (tokenStart - 1 >= sentence.Start && tokens[tokenStart].Start == mention.Start && tokens[tokenStart - 1].End == mention.Start - 1
            && tokens[tokenStart - 1].Text is [var first, _, ..] && char.IsUpper(first) && cues.IsDesignator(tokens[tokenStart - 1].Text)
            && (mention.ConllType is "ORG" or "MISC" || (mention.ConllType == "LOC" && tokenEnd - tokenStart == 1)))
        {
            mention = new RawMention(tokens[tokenStart - 1].Start, mention.End, "ORG");
        }

        // Over every designator in a row: "Rhenova Chemie GmbH" where the tagger found "Rhenova"; "&" joins two ("GmbH & Co. KG").
        for (; tokenEnd < sentence.End && (tokens[tokenEnd].Start == mention.End + 1 || AbbreviationDot(tokens, tokenEnd, mention.End, sentence.End, cues)); tokenEnd++)
        {
            if (tokens[tokenEnd].Text is "&" or "." && tokenEnd + 1 < sentence.End && Designator(tokens[tokenEnd + 1].Text, cues))
            {
                tokenEnd++;
            }
            else if (!Designator(tokens[tokenEnd].Text, cues))
            {
                break;
            }

            mention = new RawMention(mention.Start, tokens[tokenEnd].End, "ORG");
        }

        // So does an association's noun before a name of several words, whatever the tagger read there: "Bürgerinitiative
        // Klares Wasser Lausitz" is no person. One word after it is a name of its own that the noun describes ("die
        // Lokführergewerkschaft GDZL", "die Gewerkschaft Solis"), and so is a registered name ("der Verein Sauber & Fair e.V.");
        // but a place read alone after it is the region the association serves, as a court's is: "die Kulturstiftung
        // Westerzgebirge", "die Verbraucherinitiative Oberland".
        if (tokenStart - 1 >= sentence.Start && tokens[tokenStart].Start == mention.Start && tokens[tokenStart - 1].End == mention.Start - 1
            && tokens[tokenStart - 1].Text is [var initial, _, ..] && char.IsUpper(initial) && cues.IsAssociation(tokens[tokenStart - 1].Text)
            && (tokenEnd - tokenStart > 1 || mention.ConllType == "LOC") && !MentionCleaner.IsLegalForm(tokens[tokenEnd - 1].Text, cues))
        {
            mention = new RawMention(tokens[tokenStart - 1].Start, mention.End, "ORG");
        }

        // "die Olivenkontor Breisgau GmbH" where the tagger found "Breisgau GmbH" or "GmbH" alone: a legal form (the last, or
        // one before "& Co.") closes a name whose capitalised words run back to a determiner, a preposition or a lower-case
        // word; not over a noun for organisations ("der Chemiekonzern Kalvora GmbH") nor to a sentence's first word,
        // capitalised anyway ("Yesterday Acme Inc. said").
        var opens = TokenSearch.FirstFrom(tokens, mention.Start);
        var closes = opens;
        while (closes + 1 < sentence.End && tokens[closes + 1].End <= mention.End)
        {
            closes++;
        }

        var legal = Enumerable.Range(opens, closes - opens + 1).FirstOrDefault(k => MentionCleaner.IsLegalForm(tokens[k].Text, cues), -1);
        if (legal >= 0)
        {
            var named = opens;
            while (named - 1 > sentence.Start && legal - named + 1 < MaxWords && Joins(tokens, named - 1, cues))
            {
                named--;
            }

            if (named < opens && !Joins(tokens, named - 1, cues))
            {
                mention = new RawMention(tokens[named].Start, mention.End, "ORG");
            }
        }

        // "OpenAI o1", "BMW i4": a model code in small letters right after a name names the product.
        if (tokenEnd < sentence.End && tokens[tokenEnd].Start == mention.End + 1 && ProductShape.SmallModelCode(tokens[tokenEnd].Text))
        {
            mention = new RawMention(mention.Start, tokens[tokenEnd].End, "MISC");
        }

        return mention;
    }

    private static bool Designator(string word, EntityCues cues) => Written(word) && cues.IsDesignator(word);

    // "die Übernahme der Quellmann Pumpentechnik": one capitalised word inside the sentence, no noun the lexicon lists ("im
    // Bereich Medizintechnik"), and not after another capitalised word, before a compound closed by a designator.
    private static bool Compounded(IReadOnlyList<Token> tokens, int j, (int Start, int End) sentence, bool[] covered, EntityCues cues, NounLexicon nouns) =>
        j - 1 > sentence.Start && !covered[j - 1] && tokens[j - 1].End + 1 == tokens[j].Start
        && IsCapitalisedWord(tokens[j - 1].Text, cues) && tokens[j - 1].Text.All(char.IsLetter) && !nouns.Lists(tokens[j - 1].Text)
        && !char.IsUpper(tokens[j - 2].Text[0]);

    // "GmbH & Co. KG": the full stop of an abbreviated designator glued to the name's end, with another designator after it.
    private static bool AbbreviationDot(IReadOnlyList<Token> tokens, int dot, int nameEnd, int sentenceEnd, EntityCues cues) =>
        tokens[dot].Text == "." && tokens[dot].Start == nameEnd && dot + 1 < sentenceEnd && tokens[dot + 1].Start == tokens[dot].End + 1
        && Designator(tokens[dot + 1].Text, cues);

    // A designator is written with a capital ("GmbH", "Chemie", "gGmbH", gemeinnützige GmbH) or with dots ("e.V.",
    // eingetragener Verein), never as a plain small word ("se", "spa" are words too).
    private static bool Written(string designator) =>
        designator.Any(char.IsUpper) || (designator.Length > 2 && designator[^1] == '.');

    // A capitalised word of a name, or "&" between two ("Procter & Gamble", "Echt & Ehrlich e.V.").
    private static bool Joins(IReadOnlyList<Token> tokens, int i, EntityCues cues) =>
        IsCapitalisedWord(tokens[i].Text, cues)
        || (tokens[i].Text == "&" && i > 0 && IsCapitalisedWord(tokens[i - 1].Text, cues) && IsCapitalisedWord(tokens[i + 1].Text, cues));

    private static bool IsCapitalisedWord(string word, EntityCues cues) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Any(char.IsLetter)
        && !cues.IsDesignator(word)
        && !cues.Titles.Contains(word.ToLowerInvariant())
        && !cues.Determiners.Contains(word.ToLowerInvariant())
        && !cues.PossessiveDeterminers.Contains(word.ToLowerInvariant())
        && !cues.Prepositions.Contains(word.ToLowerInvariant())
        // A noun for organisations, in the genitive too ("des Verbraucherschutzvereins").
        && !cues.AsWrittenOrGenitive(word.ToLowerInvariant(), cues.IsOrganisationCue);

    /// <summary>
    /// "Kessler Distribution S.A.S.", "PoolBouw Nederland B.V.": where the tagger read a name and, right after it with one
    /// space between, words closed by a designator (or the designator alone), the two are one organisation's name, even
    /// where the tagger read the first word as a person's ("Kessler" of a family firm); a person named in full stays apart.
    /// </summary>
    public static List<RawMention> Join(List<RawMention> mentions, string text, EntityCues cues)
    {
        var ordered = mentions.OrderBy(m => m.Start).ToList();
        var joined = new List<RawMention>(ordered.Count);
        foreach (var mention in ordered)
        {
            if (joined.Count > 0 && joined[^1] is { } before && before.End + 1 == mention.Start && text[before.End] == ' '
                && (before.ConllType != "PER" || !text.AsSpan(before.Start, before.Length).Contains(' '))
                && cues.IsDesignator(LastWord(text, mention)))
            {
                joined[^1] = new RawMention(before.Start, mention.End, "ORG");
                continue;
            }

            joined.Add(mention);
        }

        return joined;
    }

    /// <summary>
    /// "Fahrgastverband Niederlausitz e.V.", "Milchhof Tecklenburger Land eG": a legal form right after an organisation's name,
    /// whichever rule found the name (a body's head and its district, a noun that introduced it), closes that name.
    /// </summary>
    public static List<RawMention> Close(List<RawMention> mentions, IReadOnlyList<Token> tokens, EntityCues cues)
    {
        var closed = new List<RawMention>(mentions.Count);
        var lengthened = new List<RawMention>();
        foreach (var mention in mentions)
        {
            var end = mention.End;
            for (var k = TokenSearch.FirstFrom(tokens, end); mention.ConllType == "ORG" && k < tokens.Count && tokens[k].Start == end + 1
                && MentionCleaner.IsLegalForm(tokens[k].Text, cues); k++)
            {
                end = tokens[k].End;
            }

            if (end == mention.End)
            {
                closed.Add(mention);
            }
            else
            {
                lengthened.Add(new RawMention(mention.Start, end, "ORG"));
            }
        }

        // A legal form read as a name of its own is part of the name it closes now.
        closed.RemoveAll(m => lengthened.Exists(c => c.Start <= m.Start && m.End <= c.End));
        closed.AddRange(lengthened);
        return closed;
    }

    private static string LastWord(string text, RawMention mention)
    {
        var space = text.LastIndexOf(' ', mention.End - 1, mention.Length);
        return text[(Math.Max(space, mention.Start - 1) + 1)..mention.End];
    }
}
