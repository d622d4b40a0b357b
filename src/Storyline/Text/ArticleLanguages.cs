namespace Storyline.Text;

/// <summary>An article's main language and the paragraphs confidently in another one.</summary>
public sealed record ArticleLanguages(LanguageGuess Main, IReadOnlyList<ParagraphLanguage> Foreign);
