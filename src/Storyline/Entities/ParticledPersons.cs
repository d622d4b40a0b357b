using Storyline.Entities.Names;
using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "Sanne ten Hove", "Ahmed el Khatib", "Bram van ’t Veld": a first name of the name lists, one or two particles of
/// <c>[name-particles]</c> and a capitalised word are one person's name where the tagger read the first name alone and the
/// surname as something else or as nothing; the first name may be two joined by a hyphen ("Karl-Theodor"). What the tagger
/// ran on after the surname ("Khatib van het Willibrordus") comes along, for <see cref="PersonOrigins"/> to cut at its
/// preposition. Not where the tagger read the capitalised word as a place, nor where it read nothing there and the catalog
/// knows a place of that name ("Marie de Lyon" is Marie, from Lyon), unless the particle is a noble one ([noble-particles]).
/// Linear in the mentions.
/// </summary>
internal static class ParticledPersons
{
    private const int MaxParticles = 2;

    public static List<RawMention> Join(List<RawMention> mentions, IReadOnlyList<Token> tokens, string text, EntityCues cues, Func<string, bool> knownPlace)
    {
        if (cues.NameParticles.Count == 0)
        {
            return mentions;
        }

        var byStart = new Dictionary<int, RawMention>();
        foreach (var m in mentions)
        {
            byStart.TryAdd(m.Start, m);
        }

        var joined = new List<(RawMention First, RawMention? Surname, RawMention Person)>();
        foreach (var m in mentions)
        {
            var first = TokenSearch.FirstFrom(tokens, m.Start);
            if (m.ConllType != "PER" || first >= tokens.Count || tokens[first].Start != m.Start || tokens[first].End != m.End
                || !tokens[first].Text.Split('-').All(FirstNames.Embedded.Listed))
            {
                continue;
            }

            var k = first + 1;
            while (k < tokens.Count && k - first <= MaxParticles && cues.NameParticles.Contains(tokens[k].Text.Replace('\u2019', '\'')) && Spaced(k))
            {
                k++;
            }

            if (k == first + 1 || k >= tokens.Count || !Spaced(k) || !char.IsUpper(tokens[k].Text[0]))
            {
                continue;
            }

            // Many surnames are places too ("ten Brink", "ter Horst"): where the tagger read the word, its reading decides;
            // after a noble particle the place is the family's name ("Karl-Theodor zu Guttenberg", "Hildegard von Bingen").
            var surname = byStart.GetValueOrDefault(tokens[k].Start);
            if (!cues.NobleParticles.Contains(tokens[first + 1].Text) && (surname is { ConllType: "LOC" } || (surname is null && knownPlace(tokens[k].Text))))
            {
                continue;
            }

            joined.Add((m, surname, new RawMention(m.Start, surname?.End ?? tokens[k].End, "PER")));
        }

        if (joined.Count == 0)
        {
            return mentions;
        }

        var replaced = joined.Select(j => j.First).Concat(joined.Select(j => j.Surname).OfType<RawMention>()).ToHashSet();
        return [.. mentions.Where(m => !replaced.Contains(m)), .. joined.Select(j => j.Person)];

        // One space between a token and the one before it: a name is not read across a line or a mark.
        bool Spaced(int at) => tokens[at].Start == tokens[at - 1].End + 1 && text[tokens[at - 1].End] == ' ';
    }
}
