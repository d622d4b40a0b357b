using Storyline.Entities;

namespace Storyline.Tests.Quotes;

/// <summary>Entities written by hand for a test text, every occurrence of each name as a mention, so speaker tests do not depend on the tagger.</summary>
internal static class QuoteTestEntities
{
    public static IReadOnlyList<Entity> Of(string text, params (string Name, EntityType Type, string Written)[] names) =>
        names.GroupBy(n => (n.Name, n.Type))
            .Select(g => new Entity(g.Key.Name, g.Key.Type, g.SelectMany(n => Occurrences(text, n.Written)).OrderBy(m => m.Start).ToList()))
            .ToList();

    /// <summary>The one quote the stage reads in a text, with these names as its entities.</summary>
    public static Storyline.Quotes.Quote Only(string text, string language, params (string Name, EntityType Type, string Written)[] names) =>
        Assert.Single(Storyline.Quotes.QuoteRecognizer.Default.Recognize(text, language, Of(text, names)));

    public static (string, EntityType, string) Person(string name, string? written = null) => (name, EntityType.Person, written ?? name);

    public static (string, EntityType, string) Organisation(string name, string? written = null) => (name, EntityType.Organisation, written ?? name);

    public static (string, EntityType, string) Place(string name, string? written = null) => (name, EntityType.Place, written ?? name);

    private static IEnumerable<Mention> Occurrences(string text, string written)
    {
        for (var i = text.IndexOf(written, StringComparison.Ordinal); i >= 0; i = text.IndexOf(written, i + written.Length, StringComparison.Ordinal))
        {
            yield return new Mention(written, i, written.Length);
        }
    }
}
