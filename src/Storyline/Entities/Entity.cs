namespace Storyline.Entities;

/// <summary>An entity of one article: its canonical name (English where one exists) and every mention of it.</summary>
public sealed record Entity(string Name, EntityType Type, IReadOnlyList<Mention> Mentions)
{
    public int Count => Mentions.Count;
}
