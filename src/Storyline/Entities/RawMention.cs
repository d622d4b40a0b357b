namespace Storyline.Entities;

/// <summary>A name found in the text before grouping: characters [Start, End) of the text and its CoNLL type (PER, ORG, LOC, MISC).</summary>
internal sealed record RawMention(int Start, int End, string ConllType)
{
    public int Length => End - Start;
}
