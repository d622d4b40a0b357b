namespace Storyline.Evaluation.Ner;

/// <summary>One sentence of labelled NER data: tokens with BIO tags (B-PER, I-ORG, O, ...), in one language.</summary>
public sealed record LabelledSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags, string Language);
