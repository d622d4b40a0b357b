namespace Storyline.Stories;

/// <summary>
/// The order in which articles that arrive together are assigned: dated ones by publication date, then the undated ones,
/// each group in the order given. A folder or a feed read in one run has no arrival order beyond its names: read by name, a
/// follow-up filed first started its story and gathered the reports of another event around it. An undated article is
/// assigned last, when the stories of its batch have formed: it has no date to place it among them.
/// </summary>
public static class ArrivalOrder
{
    public static IReadOnlyList<T> Of<T>(IEnumerable<T> items, Func<T, DateTimeOffset?> published) =>
        items.Select((item, i) => (Item: item, Index: i, Date: published(item) ?? DateTimeOffset.MaxValue))
            .OrderBy(d => d.Date).ThenBy(d => d.Index).Select(d => d.Item).ToList();
}
