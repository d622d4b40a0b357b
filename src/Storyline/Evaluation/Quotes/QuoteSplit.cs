namespace Storyline.Evaluation.Quotes;

/// <summary>
/// The fixed split of the shared quote data: German WikiNews articles sorted by file name (ordinal), every fifth one
/// (index 4, 9, 14, …) held back as <see cref="Test"/>, the rest <see cref="Dev"/> for tuning; PolNeAR ships its own
/// <c>dev/</c> and <c>test/</c> folders.
/// </summary>
public enum QuoteSplit
{
    Dev,
    Test,
}

public static class QuoteSplits
{
    public static QuoteSplit Of(int sortedIndex) => sortedIndex % 5 == 4 ? QuoteSplit.Test : QuoteSplit.Dev;

    public static QuoteSplit? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        null or "all" => null,
        "dev" => QuoteSplit.Dev,
        "test" => QuoteSplit.Test,
        _ => throw new ArgumentException($"unknown split '{name}': use dev, test or all"),
    };
}
