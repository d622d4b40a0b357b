namespace Storyline.Duplicates;

/// <summary>
/// One sentence as duplicates are judged: its span, its word triples (hashes) for comparing within a language, and for
/// comparing across languages its anchors (canonical entities, figure values, numbers) and its longer folded words.
/// </summary>
public sealed record SentenceProfile(int Start, int End, HashSet<ulong> Shingles, HashSet<string> Anchors, IReadOnlyList<string> Words)
{
    public int Length => End - Start;
}
