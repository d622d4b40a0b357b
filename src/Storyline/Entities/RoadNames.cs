using Storyline.Entities.Tokens;

namespace Storyline.Entities;

/// <summary>
/// "Die B 27 ist gesperrt", "Stau auf der A 7", "die Autobahn A 5": where a road's number follows its letter after a
/// space (<c>[road-letters]</c>), the letter and the number after a road's article (<c>[road-articles]</c>) or a road noun
/// (<c>[place-cues]</c>) are one place. The tagger reads the lone capital as a name of some other kind or nothing, and the
/// number not at all. The article keeps letters of other uses apart: an aircraft takes another ("eines A 340"), a type
/// none ("der Typ B 2").
/// </summary>
internal static class RoadNames
{
    private const int MaxDigits = 3;

    public static IEnumerable<RawMention> Find(IReadOnlyList<Token> tokens, (int Start, int End) sentence, EntityCues cues)
    {
        if (cues.RoadLetters.Count == 0)
        {
            yield break;
        }

        for (var i = Math.Max(sentence.Start, 1); i < sentence.End - 1; i++)
        {
            var (letter, number) = (tokens[i], tokens[i + 1]);
            if (char.IsUpper(letter.Text[0]) && cues.RoadLetters.Contains(letter.Text.ToLowerInvariant())
                && number.Start == letter.End + 1 && number.Text.Length <= MaxDigits && number.Text.All(char.IsAsciiDigit)
                && tokens[i - 1].Text.ToLowerInvariant() is var before && (cues.RoadArticles.Contains(before) || cues.PlaceCues.Contains(before)))
            {
                yield return new RawMention(letter.Start, number.End, "LOC");
            }
        }
    }
}
