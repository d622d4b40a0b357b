namespace Storyline.Stories;

/// <summary>A sentence of a story's summary, as its source wrote it: the article and the UTF-16 span in that article's text.</summary>
public sealed record SummarySentence(string Text, string Article, int Start, int Length);
