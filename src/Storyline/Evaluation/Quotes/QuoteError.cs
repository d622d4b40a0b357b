using Storyline.Quotes;

namespace Storyline.Evaluation.Quotes;

/// <summary>What <c>eval quotes --errors N</c> lists: a gold quote no found quote overlaps, a found quote no gold quote overlaps, or one found with the wrong speaker.</summary>
public enum QuoteErrorKind
{
    Missed,
    Spurious,
    Speaker,
}

/// <summary>
/// One error of the quote stage against the gold: the quote's words (gold's, or the stage's for a spurious one), the gold
/// speaker as labelled, what the stage found (entity and words), and the text around the quote so one can see why.
/// </summary>
public sealed record QuoteError(
    string ArticleId, QuoteErrorKind Error, QuoteKind Kind, string Quote, string? Gold, string? Found, string? FoundText, string Context)
{
    /// <summary>Where the text names the speaker found, as written (<see cref="Storyline.Quotes.Quote.SpeakerSpan"/>), or null.</summary>
    public string? FoundWhere { get; init; }

    /// <summary>One readable block: the article and what went wrong, then the quote in its context.</summary>
    public string Describe() => Error switch
    {
        QuoteErrorKind.Speaker => $"speaker  {ArticleId}: gold {Gold ?? "(none)"} | found {Found ?? "(none)"}{(FoundText is null ? "" : $" ({FoundText})")}"
            + $"{(FoundWhere is null ? "" : $" at \"{FoundWhere}\"")}\n  {Context}",
        QuoteErrorKind.Missed => $"missed   {ArticleId}: [{Quote}]\n  {Context}",
        _ => $"spurious {ArticleId}: [{Quote}]\n  {Context}",
    };
}
