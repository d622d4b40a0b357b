namespace Storyline.Entities.Tagging;

/// <summary>
/// Stable 32-bit FNV-1a hashes of (template, text) pairs: the tagger's feature keys. Stable across processes (unlike
/// <see cref="string.GetHashCode()"/>) because they are written into the model file; a rare collision only blurs two
/// features together.
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(int template, ReadOnlySpan<char> a) => Mix(Start(template), a);

    public static uint Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Mix(Mix(Start(template), a) ^ 0x9E37u, b);

    public static uint Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        Mix(Mix(Mix(Start(template), a) ^ 0x9E37u, b) ^ 0x79B9u, c);

    /// <summary>A token's feature joined with the label before it: cheap, so the decoder can try every previous label.</summary>
    public static uint WithLabel(uint feature, int label) => (feature ^ ((uint)(label + 2) * 0x9E3779B1u)) * Prime;

    private static uint Start(int template) => (Offset ^ (uint)template) * Prime;

    private static uint Mix(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
