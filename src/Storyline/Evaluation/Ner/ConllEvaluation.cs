using Storyline.Entities.Tagging;

namespace Storyline.Evaluation.Ner;

/// <summary>Scores the tagger alone on token-labelled data: exact spans, per language and type.</summary>
public static class ConllEvaluation
{
    /// <remarks>Data that never labels a type (Europeana has no MISC) is not charged for the tagger finding that type.</remarks>
    public static IReadOnlyList<SpanCounts> Evaluate(EntityTagger tagger, IReadOnlyList<LabelledSentence> sentences)
    {
        var tally = new SpanTally();
        var labelled = sentences.SelectMany(s => s.Tags).Where(t => t.Length > 2).Select(t => t[2..]).ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(sentences, sentence =>
        {
            var gold = EntityTagger.Spans(sentence.Tags).Select(s => (s.Start, s.End, s.Type));
            var predicted = tagger.Tag(sentence.Tokens, sentence.Language).Where(s => labelled.Contains(s.Type)).Select(s => (s.Start, s.End, s.Type));
            tally.Add(sentence.Language, gold, predicted);
        });
        return tally.Results();
    }
}
