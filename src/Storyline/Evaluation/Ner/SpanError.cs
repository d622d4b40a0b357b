namespace Storyline.Evaluation.Ner;

/// <summary>One sentence the tagger got wrong: its tokens with the gold spans it missed and the spans it found that gold lacks.</summary>
public sealed record SpanError(
    LabelledSentence Sentence,
    IReadOnlyList<(int Start, int End, string Type)> Missed,
    IReadOnlyList<(int Start, int End, string Type)> Spurious);
