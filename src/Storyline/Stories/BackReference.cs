using Storyline.Figures.Dates;

namespace Storyline.Stories;

/// <summary>
/// How long after an earlier event an article was written, when its lead says so: "Last month, OpenAI announced…",
/// « Le mois dernier… », „Im vergangenen Monat…". News puts the new development first and refers back to what it
/// follows in the lead; a relative date further down ("offices opened last year") is background. The relative
/// expressions are the date words of each language (<c>dates.txt</c>, [relative]), resolved against a reference day, and
/// the times elapsed it names (<see cref="ElapsedTime"/>: "five weeks after its funding round").
/// </summary>
public static class BackReference
{
    /// <summary>The lead: the first this many characters (about two sentences of news).</summary>
    public const int LeadLength = 320;

    /// <summary>A back reference of less than a week is the same event told a day later, not a later step.</summary>
    public const int MinimumDays = 7;

    private static readonly DateTimeOffset Reference = new(2000, 6, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The days between the event the lead refers back to and the article, or null when it refers to none.</summary>
    public static int? DaysAfter(Article article)
    {
        var lead = Lead(article);
        int? longest = null;
        var reader = DateReader.For(article.Language);
        foreach (var match in reader.Read(lead, Reference))
        {
            // "L'entreprise a perdu 1,2 Md€ l'an dernier": a year back is the period a figure covers far more often than an
            // event the article follows up, so only a day, a week or a month back counts.
            if (!match.Relative || match.Precision == DatePrecision.Year || match.Resolved is not { } resolved || Start(resolved) is not { } start
                || IsCalendarDate(lead.AsSpan(match.Start, match.Length), reader.Words))
            {
                continue;
            }

            var days = (int)Math.Round((Reference - start).TotalDays);
            if (days >= MinimumDays && (longest is null || days > longest))
            {
                longest = days;
            }
        }

        // "Fünf Wochen nach seiner Finanzierungsrunde", "a month after closing its round": a time elapsed says it as well.
        foreach (var (_, _, days) in ElapsedTime.For(article.Language).Read(lead))
        {
            if (days >= MinimumDays && (longest is null || days > longest))
            {
                longest = days;
            }
        }

        return longest;
    }

    /// <summary>The lead of an article's text: its first <see cref="LeadLength"/> characters.</summary>
    public static string Lead(Article article) => article.Text.Length <= LeadLength ? article.Text : article.Text[..LeadLength];

    // "seit dem 1. März", "le 20 juillet", "in March": a day or month of the calendar without its year is relative to the
    // publication date only in which year it falls; how long ago it was depends on that date, which an undated article
    // lacks, so only durations ("vor einem Monat", "last month") say how long after the event an article came.
    private static bool IsCalendarDate(ReadOnlySpan<char> expression, DateWords words)
    {
        if (expression.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        foreach (var range in expression.SplitAny(' ', '.', ','))
        {
            if (expression[range] is { Length: > 0 } word && words.IsMonth(word.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    // The middle of the period an ISO date names ("2000-05" → 15 May): a month ago is about thirty days ago.
    private static DateTimeOffset? Start(string iso) => DatePeriod.Of(iso) switch
    {
        { Precision: DatePrecision.Month } month => month.From.AddDays(14),
        { Precision: DatePrecision.Year } year => year.From.AddMonths(6),
        { } day => day.From,
        null => null,
    };
}
