namespace Storyline.Entities.Tagging;

/// <summary>A run of tokens the tagger labelled as one name: tokens [<see cref="Start"/>, <see cref="End"/>) of CoNLL type <see cref="Type"/>.</summary>
public readonly record struct TaggedSpan(int Start, int End, string Type);
