using Storyline.Entities;

namespace Storyline.Figures;

/// <summary>
/// A product's figures are its maker's ("Lumora Live prend en charge 38 langues" tells about Lumora): the subject moves
/// from a product, or a name of no known type, to the article's organisation whose name it contains word for word.
/// </summary>
public sealed class Maker
{
    private readonly Dictionary<string, string?> makers = new(StringComparer.Ordinal);

    public Maker(IEnumerable<Entity> entities)
    {
        var all = entities.DistinctBy(e => e.Name).ToList();
        var organisations = all.Where(e => e.Type == EntityType.Organisation).Select(e => e.Name).ToList();
        foreach (var product in all.Where(e => e.Type is EntityType.Product or EntityType.Other))
        {
            var words = $" {product.Name} ";
            makers[product.Name] = organisations
                .Where(o => o.Length < product.Name.Length && words.Contains($" {o} ", StringComparison.Ordinal))
                .OrderByDescending(o => o.Length)
                .FirstOrDefault();
        }
    }

    /// <summary>The maker's name when <paramref name="subject"/> is one of its products, else the subject.</summary>
    public string? Of(string? subject) => subject is not null && makers.GetValueOrDefault(subject) is { } maker ? maker : subject;
}
