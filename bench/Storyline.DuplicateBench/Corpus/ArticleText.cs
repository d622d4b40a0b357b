using System.Globalization;
using System.Text;
using Storyline.Duplicates;

namespace Storyline.DuplicateBench.Corpus;

/// <summary>
/// Writes an article's text from its sentence seeds: each seed gives the same sentence every time (6 to 32 Zipf-drawn
/// words, a comma now and then, a year or an amount in one word of 50), sentences joined by a space, paragraphs by a
/// blank line, as the pipeline stores clean text.
/// </summary>
public static class ArticleText
{
    private const ulong LengthSalt = 0x6c65_6e67_7468_0001UL;

    public static int SentenceLength(ulong seed) => 6 + (int)(FoldedWords.Mix(seed ^ LengthSalt) % 27);

    public static string Write(ulong[][] paragraphs, Vocabulary vocabulary, StringBuilder builder)
    {
        builder.Clear();
        foreach (var paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            for (var s = 0; s < paragraph.Length; s++)
            {
                if (s > 0)
                {
                    builder.Append(' ');
                }

                Sentence(paragraph[s], vocabulary, builder);
            }
        }

        return builder.ToString();
    }

    private static void Sentence(ulong seed, Vocabulary vocabulary, StringBuilder builder)
    {
        var random = new SplitMix(seed);
        var length = SentenceLength(seed);
        for (var w = 0; w < length; w++)
        {
            if (w > 0)
            {
                builder.Append(random.Next(12) == 0 && w < length - 1 ? ", " : " ");
            }

            if (w > 0 && random.Next(50) == 0)
            {
                // A year, or an amount spread over five orders of magnitude: the digits articles share as anchors.
                var number = random.Next(3) == 0 ? 1950 + random.Next(76) : (int)Math.Exp(random.NextDouble() * Math.Log(100_000));
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            var word = vocabulary.Sample(random.NextDouble());
            if (w == 0)
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
            else
            {
                builder.Append(word);
            }
        }

        builder.Append('.');
    }
}
