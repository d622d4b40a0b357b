using Storyline.Entities;
using Storyline.Figures;

namespace Storyline.Tests.Figures;

/// <summary>The figure stage read with names given by the test, and a figure looked up by its words.</summary>
internal static class FigureTestNames
{
    // Subject rules are tested on names given here, so that the entity stage's misses do not blur them.
    public static IReadOnlyList<Figure> ReadWithNames(string text, string language, params (string Name, EntityType Type)[] names) =>
        FigureRecognizer.Default.Recognize(text, language, [.. names.Select(n => Named(text, n.Name, n.Type))], null);

    public static Entity Named(string text, string name, EntityType type)
    {
        var mentions = new List<Mention>();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            mentions.Add(new Mention(name, at, name.Length));
        }

        return new Entity(name, type, mentions);
    }

    public static Figure Find(IReadOnlyList<Figure> figures, string written) =>
        figures.SingleOrDefault(f => f.Text == written)
        ?? throw new Xunit.Sdk.XunitException($"no figure '{written}' in: {string.Join("; ", figures.Select(f => $"«{f.Text}» {f.Kind} {f.Value} {f.Unit}"))}");
}
