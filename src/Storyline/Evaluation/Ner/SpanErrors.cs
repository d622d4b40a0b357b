using System.Text;
using Storyline.Entities.Tagging;

namespace Storyline.Evaluation.Ner;

/// <summary>
/// Lists the sentences where the tagger's spans differ from gold, for reading errors by eye (F1 says how much is wrong,
/// not why: on English dev, two thirds of the missed spans have the right extent and the wrong type, mostly rare
/// one-word names; a name repeated in a block is often typed two ways).
/// </summary>
public static class SpanErrors
{
    public static IEnumerable<SpanError> Find(EntityTagger tagger, IReadOnlyList<LabelledSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var gold = EntityTagger.Spans(sentence.Tags).Select(s => (s.Start, s.End, s.Type)).ToHashSet();
            var predicted = tagger.Tag(sentence.Tokens, sentence.Language).Select(s => (s.Start, s.End, s.Type)).ToHashSet();
            if (!gold.SetEquals(predicted))
            {
                yield return new SpanError(sentence, gold.Except(predicted).ToList(), predicted.Except(gold).ToList());
            }
        }
    }

    /// <summary>The sentence with gold spans as [words]TYPE, then each missed (-) and spurious (+) span on its own line.</summary>
    public static string Describe(SpanError error)
    {
        var tokens = error.Sentence.Tokens;
        var text = new StringBuilder();
        var gold = EntityTagger.Spans(error.Sentence.Tags);
        for (var i = 0; i < tokens.Count; i++)
        {
            var span = gold.FirstOrDefault(s => s.Start == i && s.End > i);
            text.Append(i == 0 ? "" : " ").Append(span.End > i ? "[" : "").Append(tokens[i]);
            if (gold.FirstOrDefault(s => s.End == i + 1 && s.End > s.Start) is { Type: { } type } closing && closing.End == i + 1)
            {
                text.Append(']').Append(type);
            }
        }

        text.Append('\n');
        foreach (var (mark, spans) in new[] { ("- gold", error.Missed), ("+ tagged", error.Spurious) })
        {
            foreach (var s in spans.OrderBy(s => s.Start))
            {
                text.Append("  ").Append(mark).Append(' ').Append(s.Type).Append(": ").Append(string.Join(' ', tokens.Skip(s.Start).Take(s.End - s.Start))).Append('\n');
            }
        }

        return text.ToString();
    }
}
