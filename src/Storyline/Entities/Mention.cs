namespace Storyline.Entities;

/// <summary>One place an entity is written in an article's clean text, as written (UTF-16 offsets into <see cref="Article.Text"/>).</summary>
public sealed record Mention(string Text, int Start, int Length);
