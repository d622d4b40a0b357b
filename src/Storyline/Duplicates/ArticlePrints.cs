namespace Storyline.Duplicates;

/// <summary>
/// The keys an article is filed under in the duplicate index, so that a new article finds its copies, rewrites and
/// translations by a few index lookups instead of a comparison with every stored article:
/// <list type="bullet">
/// <item>one key for the whole text (folded), so exact copies of even a one-word article meet;</item>
/// <item>word triples sampled by hash (one in <see cref="SampleRate"/>, at most <see cref="MaximumTextPrints"/>, the
/// smallest hashes first): two texts that share a few sentences share some of these, whatever else differs (winnowing
/// in the manner of Schleimer et al., SIGMOD 2003, but by value, so the sample of a copied passage is the same in both);</item>
/// <item><see cref="AnchorBands"/> MinHash bands of <see cref="AnchorRows"/> rows over the article's anchors (entities,
/// figures, numbers), which a translation keeps: two articles whose anchor sets overlap by half meet in a band with
/// probability 1 - (1 - 0.5²)^8 = 0.9 (Broder 1997; Leskovec, Rajaraman and Ullman, Mining of Massive Datasets, ch. 3).</item>
/// </list>
/// </summary>
public static class ArticlePrints
{
    public const int SampleRate = 16;

    public const int MaximumTextPrints = 64;

    public const int AnchorBands = 8;

    public const int AnchorRows = 2;

    /// <summary>Fewer anchors than this say too little to file an article by them ("Berlin" and a year).</summary>
    public const int MinimumAnchors = 4;

    // Each kind of key lives in its own part of the hash space, so a word triple never meets an anchor band by chance.
    private const ulong WholeSalt = 0x5157_4f4c_4554_4558UL;
    private const ulong AnchorSalt = 0x414e_4348_4f52_5342UL;

    public static long[] Of(ArticleProfile profile, IReadOnlyList<FoldedWord> words)
    {
        var prints = new List<long>(MaximumTextPrints + AnchorBands + 1);
        if (words.Count > 0)
        {
            var whole = WholeSalt;
            foreach (var w in words)
            {
                whole = FoldedWords.Mix(whole ^ w.Hash);
            }

            prints.Add(unchecked((long)whole));
        }

        prints.AddRange(profile.Shingles.Where(h => h % SampleRate == 0).Order().Take(MaximumTextPrints).Select(h => unchecked((long)h)));
        if (profile.Anchors.Count >= MinimumAnchors)
        {
            var hashes = profile.Anchors.Select(Hash).ToArray();
            for (var band = 0; band < AnchorBands; band++)
            {
                var key = FoldedWords.Mix(AnchorSalt + (ulong)band);
                for (var row = 0; row < AnchorRows; row++)
                {
                    var seed = FoldedWords.Mix((ulong)((band * AnchorRows) + row + 1));
                    key = FoldedWords.Mix(key ^ hashes.Min(h => FoldedWords.Mix(h ^ seed)));
                }

                prints.Add(unchecked((long)key));
            }
        }

        return prints.Distinct().ToArray();
    }

    private static ulong Hash(string anchor)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in anchor)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return FoldedWords.Mix(hash);
    }
}
