namespace Storyline.Quotes.Statements;

/// <summary>
/// How telling a shared word or entity is among the quotes being matched: an inverse document frequency over the quotes,
/// scaled so an item two quotes share weighs 1 and one in every quote weighs <see cref="Floor"/>. The city, the company and
/// the buzzword a whole story repeats (Paris, OpenAI, ecosystem) prove little; a rare word two quotes share proves a lot.
/// Below <see cref="MinimumQuotes"/> quotes frequencies mean nothing, and every item weighs 1.
/// </summary>
public sealed class ItemRarity
{
    public const int MinimumQuotes = 12;

    public const double Floor = 0.3;

    public static readonly ItemRarity Uniform = new(new Dictionary<string, int>(StringComparer.Ordinal), 0);

    private readonly IReadOnlyDictionary<string, int> frequencies;
    private readonly int quotes;

    // Every pair scored asks for the same words' weights again: worked out once per word.
    private readonly Dictionary<string, double> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> entities = new(StringComparer.Ordinal);

    private ItemRarity(IReadOnlyDictionary<string, int> frequencies, int quotes)
    {
        this.frequencies = frequencies;
        this.quotes = quotes;
    }

    public static ItemRarity Of(IReadOnlyList<QuoteProfile> profiles)
    {
        if (profiles.Count < MinimumQuotes)
        {
            return Uniform;
        }

        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            foreach (var key in p.Words.Select(Word).Concat(p.Entities.Concat(p.Context).Select(Entity)).Distinct(StringComparer.Ordinal))
            {
                frequencies[key] = frequencies.GetValueOrDefault(key) + 1;
            }
        }

        var rarity = new ItemRarity(frequencies, profiles.Count);
        foreach (var p in profiles)
        {
            foreach (var w in p.Words)
            {
                rarity.words.TryAdd(w, rarity.Weigh(Word(w)));
            }

            foreach (var e in p.Entities.Concat(p.Context))
            {
                rarity.entities.TryAdd(e, rarity.Weigh(Entity(e)));
            }
        }

        return rarity;
    }

    public double OfWord(string word) => quotes == 0 ? 1 : words.TryGetValue(word, out var w) ? w : Weigh(Word(word));

    public double OfEntity(string entity) => quotes == 0 ? 1 : entities.TryGetValue(entity, out var w) ? w : Weigh(Entity(entity));

    private double Weigh(string key)
    {
        if (quotes == 0 || !frequencies.TryGetValue(key, out var df) || df <= 2)
        {
            return 1;
        }

        var idf = Math.Log((quotes + 1.0) / df) / Math.Log((quotes + 1.0) / 2);
        return Math.Clamp(idf, Floor, 1);
    }

    // Words count by their first letters, as the blocks group them, so inflected forms and cognates sharing them count together.
    private static string Word(string word) => "w:" + word[..Math.Min(word.Length, Cognates.PrefixLength)];

    private static string Entity(string entity) => "e:" + entity;
}
