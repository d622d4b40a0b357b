namespace Storyline.Evaluation.Quotes;

/// <summary>
/// The gold quotes at a path, whichever set it holds, told apart by content: a folder of WikiNews JSON articles
/// (<see cref="WikiNewsQuoteReader"/>), PolNeAR's brat folders (<see cref="PolnearQuoteReader"/>), else sample gold
/// <c>articles.jsonl</c> (<see cref="GoldQuoteReader"/>, which has its own dev and test folders and ignores the split).
/// </summary>
public static class QuoteGold
{
    public static IEnumerable<GoldQuoteArticle> Read(string path, QuoteSplit? split = null) =>
        WikiNewsQuoteReader.IsWikiNews(path) ? WikiNewsQuoteReader.Read(path, split)
        : PolnearQuoteReader.IsPolnear(path) ? PolnearQuoteReader.Read(path, split)
        : GoldQuoteReader.Read(path);
}
