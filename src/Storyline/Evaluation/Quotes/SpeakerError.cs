using Storyline.Quotes;

namespace Storyline.Evaluation.Quotes;

/// <summary>
/// A gold quote that a found quote overlaps but whose speaker the stage got wrong (<c>eval quotes --errors N</c>): the
/// gold speaker as labelled, what the stage found (entity and words), and the words around the quote so one can see why.
/// </summary>
public sealed record SpeakerError(string ArticleId, QuoteKind Kind, string Quote, string? Gold, string? Found, string? FoundText, string Context)
{
    /// <summary>One readable block: the article, gold against found, and the quote in its context.</summary>
    public string Describe() =>
        $"{ArticleId} [{Kind.ToString().ToLowerInvariant()}] gold: {Gold ?? "(none)"} | found: {Found ?? "(none)"}{(FoundText is null ? "" : $" ({FoundText})")}\n  {Context}";
}
