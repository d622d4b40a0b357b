namespace Storyline.Evaluation.Ner;

/// <summary>What <c>eval ner --errors N</c> lists on gold articles: how a found mention and a gold one differ.</summary>
public enum MentionErrorKind
{
    /// <summary>A gold mention no found mention overlaps.</summary>
    Missed,

    /// <summary>A found mention no gold mention overlaps.</summary>
    Spurious,

    /// <summary>The same words, another type.</summary>
    Typed,

    /// <summary>Overlapping mentions of other extents: a word too many or too few.</summary>
    Bounds,
}

/// <summary>
/// One mention the entity stage got wrong on a gold article: the gold words and type, the found ones, and the text around
/// them so one can see why (F1 says how much is wrong, not which rule to look at).
/// </summary>
public sealed record MentionError(
    string ArticleId, MentionErrorKind Error, string? Gold, string? GoldType, string? Found, string? FoundType, string Context)
{
    /// <summary>One line for the error, then the text around it.</summary>
    public string Describe() => Error switch
    {
        MentionErrorKind.Missed => $"missed   {ArticleId}: [{Gold}] {GoldType}\n  {Context}",
        MentionErrorKind.Spurious => $"spurious {ArticleId}: [{Found}] {FoundType}\n  {Context}",
        MentionErrorKind.Typed => $"typed    {ArticleId}: [{Gold}] gold {GoldType}, found {FoundType}\n  {Context}",
        _ => $"bounds   {ArticleId}: gold [{Gold}] {GoldType}, found [{Found}] {FoundType}\n  {Context}",
    };
}
