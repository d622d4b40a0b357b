using Storyline.DuplicateBench.Corpus;

namespace Storyline.DuplicateBench.Measurement;

/// <summary>
/// For each kind of copy: how many were looked up, how many met their source with at least
/// <c>DuplicateIndex.MinimumShared</c> prints, how many had it among the <c>DuplicateIndex.MaxCandidates</c> the index
/// would compare, and how many met some earlier article of the same family (the original or another copy of it).
/// </summary>
public sealed class Recall
{
    private readonly Dictionary<CopyKind, long[]> counts = Enum.GetValues<CopyKind>().Where(k => k != CopyKind.Original)
        .ToDictionary(k => k, _ => new long[4]);

    public void Add(CopyKind kind, bool source, bool candidate, bool family)
    {
        var c = counts[kind];
        c[0]++;
        c[1] += source ? 1 : 0;
        c[2] += candidate ? 1 : 0;
        c[3] += family ? 1 : 0;
    }

    public IEnumerable<(string Kind, long Copies, long Source, long Candidate, long Family)> Rows()
    {
        foreach (var (kind, c) in counts.Where(c => c.Value[0] > 0))
        {
            yield return (kind.ToString(), c[0], c[1], c[2], c[3]);
        }

        var ordinary = counts.Where(c => c.Key != CopyKind.Burst).Select(c => c.Value).ToList();
        yield return ("all but bursts", ordinary.Sum(c => c[0]), ordinary.Sum(c => c[1]), ordinary.Sum(c => c[2]), ordinary.Sum(c => c[3]));
    }
}
