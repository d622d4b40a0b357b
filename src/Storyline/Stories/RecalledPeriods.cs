using Storyline.Figures;
using Storyline.Figures.Dates;

namespace Storyline.Stories;

/// <summary>
/// The earlier periods an article's lead names: its dates of a month or a day ("in early March", "on 10 June") that end
/// before it was published. A follow-up says in its lead when what it follows happened, so a story of that time is no older
/// for it than that (<see cref="StoryClusterer"/>'s decay). As for <see cref="BackReference"/>, a date further down is
/// background: read in the whole text, dev's Berlin follow-up, which recalls "mid-June" in its fourth paragraph about the
/// recall, joined the recall rather than the funding round it follows (samples/gold/dev 0.944 → 0.862); read in the lead,
/// dev is unchanged and the held-back samples/stories follow-up five weeks later joins its story (0.971 → 1.000 either way).
/// A year alone is background too ("founded in 2019"), a period within <see cref="StoryClusterer.GraceDays"/> of the
/// publication is the same event told days later, and one further back than <see cref="MaximumDays"/> is history.
/// </summary>
public static class RecalledPeriods
{
    /// <summary>How far back a named period can make a story current again: a year of follow-ups.</summary>
    public const int MaximumDays = 365;

    public static IReadOnlyList<RecalledPeriod> Of(Article article)
    {
        if (article.Published is not { } published)
        {
            return [];
        }

        var periods = new List<RecalledPeriod>();
        foreach (var figure in article.Figures)
        {
            if (figure.Kind == FigureKind.Date && figure.Start < BackReference.LeadLength && Period(figure.Date) is { } period
                && (published - period.To).TotalDays >= StoryClusterer.GraceDays && (published - period.From).TotalDays <= MaximumDays
                && !periods.Contains(period))
            {
                periods.Add(period);
            }
        }

        foreach (var (_, end, days) in ElapsedTime.For(article.Language).Read(BackReference.Lead(article)))
        {
            // "a little over a month after", „knapp fünf Wochen nach": the time named is round, so the period around it.
            var period = new RecalledPeriod(
                published.AddDays(-days * (1 + ElapsedSlack)), published.AddDays(-days * (1 - ElapsedSlack)), KindAfter(article, end));
            if (days >= BackReference.MinimumDays && days <= MaximumDays && !periods.Contains(period))
            {
                periods.Add(period);
            }
        }

        return periods;
    }

    /// <summary>How far a time elapsed in round words ("a month", "five weeks") may be from the days it stands for, as a share.</summary>
    public const double ElapsedSlack = 0.25;

    // A month or a day (DatePeriod); a year names no period here.
    private static RecalledPeriod? Period(string? iso) =>
        DatePeriod.Of(iso) is { Precision: not DatePrecision.Year } period ? new RecalledPeriod(period.From, period.To) : null;

    // The kind of event the words after a time elapsed name, up to the end of their clause ("after closing a $195 million
    // funding round,"): the one with the most event words, or null.
    private static string? KindAfter(Article article, int from)
    {
        var text = article.Text;
        var end = text.IndexOfAny(ClauseEnds, from);
        // "after its 1.5 billion euro round", "nach der 1,5-Milliarden-Runde": a separator between digits ends nothing.
        while (end > 0 && end + 1 < text.Length && char.IsDigit(text[end - 1]) && char.IsDigit(text[end + 1]))
        {
            end = text.IndexOfAny(ClauseEnds, end + 1);
        }

        var length = Math.Min((end < 0 ? text.Length : end) - from, ClauseLength);
        var kinds = new Dictionary<string, double>(StringComparer.Ordinal);
        EventWords.For(article.Language).Count(text, from, length, 1, kinds);
        return kinds.Count == 0 ? null : kinds.MaxBy(k => k.Value).Key;
    }

    private static readonly char[] ClauseEnds = ['.', ',', ';', ':', '\n'];

    // How far the words naming the earlier event are read, at most: a clause.
    private const int ClauseLength = 100;
}
