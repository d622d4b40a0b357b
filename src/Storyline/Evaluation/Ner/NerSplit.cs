namespace Storyline.Evaluation.Ner;

/// <summary>
/// The fixed split of labelled NER data: blocks of 50 consecutive sentences (neighbouring sentences often share an
/// article and its names, so whole blocks move together), block 0 of every 10 held back for the report, block 1 for
/// tuning, the rest for training.
/// </summary>
public enum NerSplit
{
    Train,
    Dev,
    Test,
}

public static class NerSplits
{
    private const int Block = 50;

    public static NerSplit Of(int sentenceIndex) => (sentenceIndex / Block % 10) switch
    {
        0 => NerSplit.Test,
        1 => NerSplit.Dev,
        _ => NerSplit.Train,
    };

    public static IEnumerable<LabelledSentence> Take(IEnumerable<LabelledSentence> sentences, NerSplit? split) =>
        split is null ? sentences : sentences.Where((_, i) => Of(i) == split);

    public static NerSplit? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        null or "all" => null,
        "train" => NerSplit.Train,
        "dev" => NerSplit.Dev,
        "test" => NerSplit.Test,
        _ => throw new ArgumentException($"unknown split '{name}': use train, dev, test or all"),
    };
}
