namespace Storyline.Entities;

/// <summary>
/// "Clinton gave a speech on Monday. She said …": a pronoun that stands for a person only ([person-pronouns] of
/// entities.txt: "he", "she", never "it") right after a one-word name, with no other person named between, says the name
/// is a person's, where a name written once as one word would otherwise be taken for a company ("Lumora said … It said").
/// </summary>
internal static class PersonPronouns
{
    // How far after the name the pronoun may come: the rest of its sentence and the next one.
    private const int Sentences = 2;
    private const int Reach = 400;

    public static bool Follow(string text, IEnumerable<RawMention> names, IReadOnlyList<RawMention> all, EntityCues cues)
    {
        if (cues.PersonPronouns.Count == 0)
        {
            return false;
        }

        foreach (var name in names)
        {
            // Another person named before the pronoun may be the one it stands for; the same name again is not another.
            var otherPerson = all.Where(m => m.ConllType == "PER" && m.Start >= name.End
                    && !text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(text.AsSpan(name.Start, name.End - name.Start)))
                .Select(m => m.Start).DefaultIfEmpty(int.MaxValue - 1).Min();
            var end = Math.Min(Math.Min(text.Length, name.End + Reach), otherPerson + 1);
            var sentences = 0;
            for (var i = name.End; i < end; i++)
            {
                if (text[i] is '.' or '!' or '?' && ++sentences > Sentences)
                {
                    break;
                }

                if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
                {
                    continue;
                }

                var wordEnd = i;
                while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (cues.PersonPronouns.Contains(text[i..wordEnd].ToLowerInvariant()))
                {
                    return true;
                }

                i = wordEnd - 1;
            }
        }

        return false;
    }
}
