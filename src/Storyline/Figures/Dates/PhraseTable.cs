namespace Storyline.Figures.Dates;

/// <summary>
/// The phrases of one section of <c>dates.txt</c> as a trie over folded characters, so that looking up every phrase
/// at a position costs the length of the longest phrase, not the number of phrases: reading stays linear in the text.
/// A space in a phrase matches any gap (<see cref="DateText.IsGap"/>), so "le  mois dernier" and no-break spaces match.
/// </summary>
internal sealed class PhraseTable
{
    private readonly Node root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; false when the table already holds it (the caller reports the duplicate).</summary>
    public bool Add(string phrase, DateWord word)
    {
        var node = root;
        var folded = DateText.Fold(phrase.Trim());
        for (var i = 0; i < folded.Length; i++)
        {
            var c = DateText.IsGap(folded[i]) ? ' ' : folded[i];
            if (c == ' ' && DateText.IsGap(folded[i - 1]))
            {
                continue;
            }

            node.Next ??= [];
            if (!node.Next.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Next[c] = next;
            }

            node = next;
        }

        if (node.Word is not null)
        {
            return false;
        }

        Count++;
        node.Word = word;
        return true;
    }

    /// <summary>The longest phrase that starts at <paramref name="start"/> of the folded text and ends at a word boundary.</summary>
    public bool TryMatch(string folded, int start, out int end, out DateWord word)
    {
        end = -1;
        word = DateWord.Plain;
        var node = root;
        var i = start;
        while (node.Next is not null && i < folded.Length)
        {
            Node? next;
            if (DateText.IsGap(folded[i]))
            {
                if (!node.Next.TryGetValue(' ', out next))
                {
                    break;
                }

                i = DateText.SkipGap(folded, i);
            }
            else
            {
                if (!node.Next.TryGetValue(folded[i], out next))
                {
                    break;
                }

                i++;
            }

            node = next;
            if (node.Word is not null && DateText.EndsAt(folded, i))
            {
                end = i;
                word = node.Word;
            }
        }

        return end >= 0;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Next { get; set; }

        public DateWord? Word { get; set; }
    }
}
