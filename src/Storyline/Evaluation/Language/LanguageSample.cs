namespace Storyline.Evaluation.Language;

/// <summary>A labelled text for scoring language identification; <see cref="Source"/> says where it came from (file:line).</summary>
public sealed record LanguageSample(string Source, string Language, string Text);
