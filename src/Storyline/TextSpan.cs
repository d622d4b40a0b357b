namespace Storyline;

/// <summary>A stretch of an article's clean text, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
