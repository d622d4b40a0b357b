namespace Storyline.Entities.Tokens;

/// <summary>A word or punctuation mark with its place in the text it came from (UTF-16 offsets).</summary>
public readonly record struct Token(string Text, int Start)
{
    public int Length => Text.Length;

    public int End => Start + Text.Length;
}
