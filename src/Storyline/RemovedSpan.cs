namespace Storyline;

/// <summary>A piece of boilerplate taken out of an article, kept with the reason it was removed.</summary>
public sealed record RemovedSpan(string Text, string Reason);
