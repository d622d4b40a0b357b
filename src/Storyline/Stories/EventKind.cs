namespace Storyline.Stories;

/// <summary>A kind of news event a story reports (<c>events.txt</c>: recall, results, strike …) and its share of the story's event words.</summary>
public sealed record EventKind(string Kind, double Share);
