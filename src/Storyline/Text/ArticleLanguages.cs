namespace Storyline.Text;

/// <summary>The main language of an article and the paragraphs written in another language.</summary>
public sealed record ArticleLanguages(LanguageGuess Main, IReadOnlyList<ForeignParagraph> Foreign);
