using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Storyline.Stories;

/// <summary>
/// A story's terms as two arrays each of keys and weights, names and figures apart from words, for the clusterer's dot
/// products: an article is dotted with a dozen or more candidate stories, each touched by nothing else lately, and
/// looking its ~120 words up in a story's string dictionary missed the cache two or three times a word (buckets, entries,
/// the key's characters). A dot product now walks a story's arrays in order and looks each key up in the article's
/// <see cref="TermProbe"/>, which stays in the cache. Built from <see cref="StoryState.Terms"/> when first needed after
/// they change. A key is a 64-bit hash of the term: two different terms share one with odds of about 2⁻⁶³ a pair, and
/// xxHash3 is unseeded here, so every process keys alike.
/// </summary>
internal sealed class HashedTerms
{
    private HashedTerms(ulong[] namedKeys, double[] namedWeights, ulong[] wordKeys, double[] wordWeights, Dictionary<string, double> events)
    {
        (NamedKeys, NamedWeights, WordKeys, WordWeights, Events) = (namedKeys, namedWeights, wordKeys, wordWeights, events);
        EventWords = events.Values.Sum();
    }

    public ulong[] NamedKeys { get; }

    public double[] NamedWeights { get; }

    public ulong[] WordKeys { get; }

    public double[] WordWeights { get; }

    /// <summary>The story's kinds of event (<see cref="StoryEvents"/>) with their summed weighted counts, kept apart from the vectors.</summary>
    public Dictionary<string, double> Events { get; }

    /// <summary>The sum of <see cref="Events"/>: how many event words the story's articles hold, weighted.</summary>
    public double EventWords { get; }

    public static HashedTerms Of(IReadOnlyDictionary<string, double> terms)
    {
        var words = terms.Keys.Count(StoryClusterer.IsWord);
        var events = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, weight) in terms)
        {
            if (StoryTerms.IsEvent(term))
            {
                events[term] = weight;
            }
        }

        var named = terms.Count - words - events.Count;
        var (namedKeys, namedWeights) = (new ulong[named], new double[named]);
        var (wordKeys, wordWeights) = (new ulong[words], new double[words]);
        var (n, w) = (0, 0);
        foreach (var (term, weight) in terms)
        {
            if (StoryTerms.IsEvent(term))
            {
                continue;
            }

            if (StoryClusterer.IsWord(term))
            {
                (wordKeys[w], wordWeights[w]) = (KeyOf(term), weight);
                w++;
            }
            else
            {
                (namedKeys[n], namedWeights[n]) = (KeyOf(term), weight);
                n++;
            }
        }

        return new HashedTerms(namedKeys, namedWeights, wordKeys, wordWeights, events);
    }

    /// <summary>A term's key: never 0, which <see cref="TermProbe"/> keeps for an empty slot.</summary>
    public static ulong KeyOf(string term) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(term.AsSpan())) | 1;
}
