namespace Storyline.Figures;

/// <summary>
/// Phrases of one or more tokens mapped to a value, matched on <see cref="FigureToken"/>s: the longest phrase wins.
/// An entry ending in <c>*</c> is a stem that matches any one token starting with it ("lev*" for lève, levé, levée).
/// </summary>
public sealed class PhraseTable
{
    public static readonly PhraseTable Empty = new([]);

    private readonly Dictionary<string, string> phrases = new(StringComparer.Ordinal);
    private readonly List<(string Stem, string Value)> stems = [];
    private readonly HashSet<string> spaced = new(StringComparer.Ordinal);

    public PhraseTable(IEnumerable<(string Phrase, string Value)> entries)
    {
        foreach (var (phrase, value) in entries)
        {
            // A stem is one word followed by "*"; "*" alone would be a sign token.
            if (phrase.Length > 1 && phrase.EndsWith('*') && FigureTokens.Scan(phrase[..^1]) is [var stem])
            {
                stems.Add((stem.Lower, value));
                continue;
            }

            var tokens = FigureTokens.Scan(phrase).Select(t => t.Lower).ToArray();
            var key = string.Join(' ', tokens);
            phrases.TryAdd(key, value);
            if (tokens.Length > 1 && phrase.Any(char.IsWhiteSpace))
            {
                spaced.Add(key);
            }

            MaxTokens = Math.Max(MaxTokens, tokens.Length);
        }

        stems.Sort((a, b) => b.Stem.Length.CompareTo(a.Stem.Length));
    }

    public int MaxTokens { get; private set; } = 1;

    /// <summary>The table's phrases (stems aside), in lower case, tokens joined by one space.</summary>
    public IEnumerable<string> Phrases => phrases.Keys;

    public bool IsEmpty => phrases.Count == 0 && stems.Count == 0;

    /// <summary>The longest phrase starting at token <paramref name="at"/>, its tokens written without gaps wider than a space.</summary>
    public (string Value, int Tokens)? MatchAt(string text, IReadOnlyList<FigureToken> tokens, int at)
    {
        for (var n = Math.Min(MaxTokens, tokens.Count - at); n >= 1; n--)
        {
            if (!Contiguous(text, tokens, at, n))
            {
                continue;
            }

            if (phrases.TryGetValue(Key(tokens, at, n), out var value))
            {
                return (value, n);
            }
        }

        return at < tokens.Count && Stem(tokens[at].Lower) is { } stem ? (stem, 1) : null;
    }

    /// <summary>The longest phrase whose last token is <paramref name="last"/>; with <paramref name="glued"/>, only phrases written without spaces between their tokens ("US$", not "a $").</summary>
    public (string Value, int Tokens)? MatchEndingAt(string text, IReadOnlyList<FigureToken> tokens, int last, bool glued = false)
    {
        for (var n = Math.Min(MaxTokens, last + 1); n >= 1; n--)
        {
            var first = last - n + 1;
            // Glued phrases ("US$") must be written glued; one written with spaces in the data ("C $") may be spaced.
            var key = Key(tokens, first, n);
            var ok = glued ? Glued(tokens, first, n) || (spaced.Contains(key) && Contiguous(text, tokens, first, n)) : Contiguous(text, tokens, first, n);
            if (ok && phrases.TryGetValue(key, out var value))
            {
                return (value, n);
            }
        }

        return last >= 0 && Stem(tokens[last].Lower) is { } stem ? (stem, 1) : null;
    }

    /// <summary>
    /// The one-word phrase that ends a compound (German "Umsatzsynergien" ends in "synergien"), its head at least
    /// <paramref name="minHead"/> letters and the part before it at least three; the longest head wins.
    /// </summary>
    public string? HeadOf(string word, int minHead)
    {
        // Looked up by span: the heads of every token near every figure would otherwise be a string each.
        var lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 3; k <= word.Length - minHead; k++)
        {
            if (lookup.TryGetValue(word.AsSpan(k), out var value))
            {
                return value;
            }
        }

        return null;
    }

    private string? Stem(string token)
    {
        foreach (var (stem, value) in stems)
        {
            if (token.StartsWith(stem, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    private static string Key(IReadOnlyList<FigureToken> tokens, int at, int n) =>
        n == 1 ? tokens[at].Lower : string.Join(' ', Enumerable.Range(at, n).Select(i => tokens[i].Lower));

    private static bool Glued(IReadOnlyList<FigureToken> tokens, int at, int n) =>
        Enumerable.Range(at + 1, n - 1).All(i => tokens[i].Start == tokens[i - 1].End);

    // A phrase does not run across a line break or a wide gap.
    private static bool Contiguous(string text, IReadOnlyList<FigureToken> tokens, int at, int n)
    {
        for (var i = at + 1; i < at + n; i++)
        {
            var gap = tokens[i].Start - tokens[i - 1].End;
            if (gap > 1 || (gap == 1 && text[tokens[i - 1].End] is '\n' or '\r'))
            {
                return false;
            }
        }

        return true;
    }
}
