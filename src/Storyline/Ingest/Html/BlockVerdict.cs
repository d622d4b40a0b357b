namespace Storyline.Ingest.Html;

/// <summary>Verdicts of the block filter that are not boilerplate reasons.</summary>
internal static class BlockVerdict
{
    /// <summary>The headline repeated in the body: dropped from the paragraphs but not recorded as boilerplate.</summary>
    public const string Title = "title";
}
