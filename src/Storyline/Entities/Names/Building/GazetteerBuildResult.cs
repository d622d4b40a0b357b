namespace Storyline.Entities.Names.Building;

/// <summary>What <see cref="GazetteerBuilder"/> wrote: each file with its number of entries and size in bytes.</summary>
public sealed record GazetteerBuildResult(IReadOnlyList<(string File, int Entries, long Bytes)> Files)
{
    public long TotalBytes => Files.Sum(f => f.Bytes);
}
