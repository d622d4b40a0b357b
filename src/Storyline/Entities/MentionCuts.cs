namespace Storyline.Entities;

/// <summary>
/// The places where a mention of several words may be cut in two: at each inner word, that word, its index among the
/// mention's words, and the mention before and after it ("Anouk Peeters | van | Venlo"). <see cref="PersonOrigins"/>,
/// <see cref="OrganisationOrigins"/> and <see cref="ListedNames"/> each decide at which joining word a name the tagger
/// read as one is two.
/// </summary>
internal static class MentionCuts
{
    /// <summary>One place to cut: <see cref="Before"/> and <see cref="After"/> keep the mention's type until a caller sets it.</summary>
    public readonly record struct Cut(int Index, string Word, string[] Words, RawMention Before, RawMention After)
    {
        public string BeforeText(string text) => text[Before.Start..Before.End];

        public string AfterText(string text) => text[After.Start..After.End];

        /// <summary>
        /// <see cref="Before"/> without its last word where that is one of <paramref name="words"/> in small letters: the
        /// conjunction of "la Región de Murcia y | de Huelva", which belongs to neither name.
        /// </summary>
        public RawMention BeforeWithout(IReadOnlySet<string> words, string text)
        {
            var space = text.LastIndexOf(' ', Before.End - 1, Before.End - Before.Start);
            return space > Before.Start && char.IsLower(text[space + 1]) && words.Contains(text[(space + 1)..Before.End]) ? Before with { End = space } : Before;
        }
    }

    public static IEnumerable<Cut> Of(RawMention m, string text)
    {
        var words = text[m.Start..m.End].Split(' ');
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0 && i + 1 < words.Length && words[i].Length > 0)
            {
                var afterStart = m.Start + offset + words[i].Length + 1;
                yield return new Cut(i, words[i], words, m with { End = m.Start + offset - 1 }, m with { Start = afterStart });
            }

            offset += words[i].Length + 1;
        }
    }
}
