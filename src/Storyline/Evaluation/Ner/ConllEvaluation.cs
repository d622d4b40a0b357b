using Storyline.Entities.Tagging;

namespace Storyline.Evaluation.Ner;

/// <summary>Scores the tagger alone on token-labelled data: exact spans, per language and type.</summary>
public static class ConllEvaluation
{
    public static IReadOnlyList<SpanCounts> Evaluate(EntityTagger tagger, IEnumerable<LabelledSentence> sentences, Func<string, string>? mapType = null)
    {
        var tally = new SpanTally();
        var map = mapType ?? (t => t);
        Parallel.ForEach(sentences, sentence =>
        {
            var gold = EntityTagger.Spans(sentence.Tags).Select(s => (s.Start, s.End, map(s.Type)));
            var predicted = tagger.Tag(sentence.Tokens, sentence.Language).Select(s => (s.Start, s.End, map(s.Type)));
            tally.Add(sentence.Language, gold, predicted);
        });
        return tally.Results();
    }
}
