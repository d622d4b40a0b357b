namespace Storyline.Quotes.Statements;

/// <summary>
/// One article's wording of a statement: the quote as that article gives it (offsets into the article's text), in the
/// article's language, credited to <see cref="Speaker"/> (canonical across articles, or null when the article names no one).
/// </summary>
public sealed record StatementVersion(string ArticleId, string Language, string Text, int Start, int Length, QuoteKind Kind, string? Speaker, string? Cue)
{
    /// <summary>The words the article names an unnamed speaker with (<see cref="Quote.SpeakerText"/>).</summary>
    public string? SpeakerText { get; init; }

    /// <summary>Where the article names the speaker (<see cref="Quote.SpeakerSpan"/>): offsets into the article's text.</summary>
    public TextSpan? SpeakerSpan { get; init; }
}
