namespace Storyline.Text;

/// <summary>The language of one paragraph, by its index in the article's paragraph list.</summary>
public sealed record ParagraphLanguage(int Index, string Code, double Confidence);
