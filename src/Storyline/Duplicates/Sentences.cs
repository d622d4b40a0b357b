using Storyline.Text;

namespace Storyline.Duplicates;

/// <summary>
/// The sentences of an article's text as character ranges, for aligning two articles: a sentence ends at a line break, at
/// ". ! ?" (and any closing quotation mark) before a space and a capital, a digit or an opening mark, or at "。！？". An
/// abbreviation that splits a sentence in two costs nothing when aligning, but summaries and timelines show sentences: in a
/// known language the stops of <see cref="SentenceStops"/> ("Dr. Jana Brück", "am 20. Juli") end none.
/// </summary>
public static class Sentences
{
    public static List<(int Start, int End)> Of(string text, string? language = null)
    {
        var stops = SentenceStops.For(language);
        var ranges = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Add(ranges, text, start, i);
                start = i + 1;
                continue;
            }

            if (text[i] is '。' or '！' or '？')
            {
                // Chinese and Japanese end a sentence with a full-width mark and no space after it.
                var closed = i + 1;
                while (closed < text.Length && text[closed] is '」' or '』' or '”' or '’' or '）')
                {
                    closed++;
                }

                Add(ranges, text, start, closed);
                start = closed;
                i = closed - 1;
                continue;
            }

            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '»' or '“' or '”' or '’' or ')')
            {
                end++;
            }

            if (end + 1 < text.Length && text[end] == ' ' && (char.IsUpper(text[end + 1]) || char.IsDigit(text[end + 1])
                || text[end + 1] is '"' or '«' or '„' or '“' or '‘' or '\'') && !(text[i] == '.' && end == i + 1 && stops.Continues(text, i)))
            {
                Add(ranges, text, start, end);
                start = end + 1;
                i = end;
            }
        }

        Add(ranges, text, start, text.Length);
        return ranges;
    }

    private static void Add(List<(int, int)> ranges, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            ranges.Add((start, end));
        }
    }
}
