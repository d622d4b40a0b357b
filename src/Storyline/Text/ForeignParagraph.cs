namespace Storyline.Text;

/// <summary>A paragraph whose language differs confidently from the article's main language.</summary>
public sealed record ForeignParagraph(int Index, string Code, double Confidence);
