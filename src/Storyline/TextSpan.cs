using System.Text.Json.Serialization;

namespace Storyline;

/// <summary>A stretch of an article's clean text, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    // Spans are written as start and length (CONTRACT.md); the end follows from them.
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>The words of <paramref name="text"/> the span covers.</summary>
    public string In(string text) => text.Substring(Start, Length);

    /// <summary>Whether the two spans share a character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
