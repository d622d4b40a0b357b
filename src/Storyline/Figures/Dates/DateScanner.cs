namespace Storyline.Figures.Dates;

/// <summary>
/// One pass over one text: at each word start it tries every rule, collects the candidate spans, then keeps the longest
/// ones that do not overlap ("mardi 10 juin 2025" over "mardi" and "juin 2025"). Each rule reads a bounded number of
/// characters from its start (phrases from a trie, numbers of at most four digits), so the pass is linear in the text.
/// </summary>
internal sealed class DateScanner
{
    private readonly DateWords words;
    private readonly string text;
    private readonly string folded;
    private readonly DateOnly? published;
    private readonly List<Candidate> candidates = [];

    public DateScanner(DateWords words, string text, DateTimeOffset? published)
    {
        this.words = words;
        this.text = text;
        folded = DateText.Fold(text);
        this.published = DateResolver.Day(published);
    }

    public IReadOnlyList<DateMatch> Scan()
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (!DateText.IsWordStart(folded, i))
            {
                continue;
            }

            if (DateText.IsAsciiDigit(folded[i]))
            {
                Numeric(i);
                if (TryDayFirst(i, out var date))
                {
                    AddCalendar(i, date);
                }
            }
            else
            {
                Phrases(i);
                Weekday(i);
                Month(i);
                Cues(i);
            }
        }

        return Select();
    }

    /// <summary>"2025-06-10", "10/06/2025", "10.06.2025".</summary>
    private void Numeric(int i)
    {
        if (NumericDate.TryRead(folded, i, out var end, out var year, out var month, out var day))
        {
            Add(i, end, DateResolver.Calendar(year, month, day, published), DatePrecision.Day, relative: false);
        }
    }

    /// <summary>Relative expressions ("le mois dernier"), modified weekdays ("last Tuesday") and phrases that only look like dates.</summary>
    private void Phrases(int i)
    {
        if (words.Relative.TryMatch(folded, i, out var end, out var word) && word.CaseFits(text, i))
        {
            Add(i, end, DateResolver.Offset(word.Unit, word.Value, published), word.Unit, relative: true);
        }

        if (words.NotDates.TryMatch(folded, i, out end, out _))
        {
            candidates.Add(new Candidate(i, end, null, DatePrecision.Day, false, Blocked: true));
        }

        if (words.WeekdayBefore.TryMatch(folded, i, out end, out var modifier)
            && Gap(end) is var g && g > end && words.Weekdays.TryMatch(folded, g, out var dayEnd, out var weekday) && weekday.CaseFits(text, g))
        {
            Add(i, dayEnd, DateResolver.Weekday(weekday.Value, modifier.Value, published), DatePrecision.Day, relative: true);
        }
    }

    /// <summary>A weekday alone ("a annoncé mardi"), with a modifier after it ("mardi dernier"), or before a date ("mardi 10 juin").</summary>
    private void Weekday(int i)
    {
        if (!words.Weekdays.TryMatch(folded, i, out var end, out var weekday) || !weekday.CaseFits(text, i))
        {
            return;
        }

        Add(i, end, DateResolver.Weekday(weekday.Value, 0, published), DatePrecision.Day, relative: true);
        var next = Gap(end);
        if (next > end && words.WeekdayAfter.TryMatch(folded, next, out var modifierEnd, out var modifier))
        {
            Add(i, modifierEnd, DateResolver.Weekday(weekday.Value, modifier.Value, published), DatePrecision.Day, relative: true);
        }

        var comma = end < folded.Length && folded[end] == ',' ? end + 1 : end;
        next = Gap(comma);
        next = next > comma ? SkipLink(next) : next;
        if (next > comma && (TryDayFirst(next, out var date) || (TryMonthFirst(next, out date) && date.Day is not null)))
        {
            AddCalendar(i, date);
        }
    }

    /// <summary>A month first: "June 10, 2025", "June 2025", "juin 2025", or a month alone when it is not ambiguous.</summary>
    private void Month(int i)
    {
        if (TryMonthFirst(i, out var date))
        {
            AddCalendar(i, date);
        }
        else if (words.Months.TryMatch(folded, i, out var end, out var month) && !month.NeedsContext && month.CaseFits(text, i))
        {
            AddCalendar(i, new CalendarDate(end, null, month.Value, null));
        }
    }

    /// <summary>A month or a year after a cue from the data ("en avril", "mi-juin", "seit 2019"); the span leaves the cue out.</summary>
    private void Cues(int i)
    {
        if (words.MonthCues.TryMatch(folded, i, out var end, out _)
            && After(end) is var m and >= 0 && words.Months.TryMatch(folded, m, out var monthEnd, out var month) && month.CaseFits(text, m))
        {
            AddCalendar(m, new CalendarDate(monthEnd, null, month.Value, null));
        }

        if (words.YearCues.TryMatch(folded, i, out end, out _) && After(end) is var y and >= 0 && TryYear(y, out var year, out var yearEnd))
        {
            Add(y, yearEnd, DateResolver.Year(year), DatePrecision.Year, relative: false);
        }
    }

    /// <summary>"10 juin 2025", "1er juillet", "10. Juni", "10 de junio de 2025", "10th of June".</summary>
    private bool TryDayFirst(int i, out CalendarDate date)
    {
        date = default;
        if (!TryDay(i, out var day, out var end))
        {
            return false;
        }

        var next = Gap(end);
        if (next == end)
        {
            return false;
        }

        next = SkipLink(next);
        if (!words.Months.TryMatch(folded, next, out var monthEnd, out var month) || !month.CaseFits(text, next))
        {
            return false;
        }

        date = TryYearAfter(monthEnd, out var year, out var yearEnd)
            ? new CalendarDate(yearEnd, year, month.Value, day)
            : new CalendarDate(monthEnd, null, month.Value, day);
        return true;
    }

    /// <summary>"June 10, 2025", "June 10th", "June 2025", "junio de 2025"; false for a month with neither day nor year.</summary>
    private bool TryMonthFirst(int i, out CalendarDate date)
    {
        date = default;
        if (!words.Months.TryMatch(folded, i, out var end, out var month) || !month.CaseFits(text, i))
        {
            return false;
        }

        var next = Gap(end);
        if (next > end && TryDay(next, out var day, out var dayEnd))
        {
            date = TryYearAfter(dayEnd, out var year, out var yearEnd)
                ? new CalendarDate(yearEnd, year, month.Value, day)
                : new CalendarDate(dayEnd, null, month.Value, day);
            return true;
        }

        if (TryYearAfter(end, out var onlyYear, out var onlyYearEnd))
        {
            date = new CalendarDate(onlyYearEnd, onlyYear, month.Value, null);
            return true;
        }

        return false;
    }

    /// <summary>A day number 1..31 with its ordinal ending ("1er", "10.", "3rd"); not the tail of "8.30" or "1,10".</summary>
    private bool TryDay(int i, out int day, out int end)
    {
        if (!DateText.NumberStarts(folded, i) || !DateText.TryNumber(folded, i, 2, out day, out end) || day is < 1 or > 31)
        {
            day = 0;
            end = i;
            return false;
        }

        if (words.OrdinalSuffixes.TryMatch(folded, end, out var suffixEnd, out _))
        {
            end = suffixEnd;
        }

        return end >= folded.Length || !char.IsLetterOrDigit(folded[end]);
    }

    /// <summary>A year after a month or day: ", 2025", " 2025", " de 2025".</summary>
    private bool TryYearAfter(int end, out int year, out int yearEnd)
    {
        var comma = end < folded.Length && folded[end] == ',' ? end + 1 : end;
        var next = Gap(comma);
        year = 0;
        yearEnd = end;
        return next > comma && TryYear(SkipLink(next), out year, out yearEnd);
    }

    /// <summary>A four-digit year 1900..2099 that is a number of its own ("2019", not "20190" or "2019,5").</summary>
    private bool TryYear(int i, out int year, out int end)
    {
        end = i;
        year = 0;
        return i < folded.Length && DateText.IsWordStart(folded, i) && DateText.TryNumber(folded, i, 4, out year, out end)
            && end - i == 4 && year is >= 1900 and <= 2099 && DateText.NumberEnds(folded, end);
    }

    private int Gap(int i) => DateText.SkipGap(folded, i);

    /// <summary>Where the word after a cue starts: glued when the cue ends in '-' or an apostrophe ("mi-juin", "d'avril"), else after a gap.</summary>
    private int After(int cueEnd) =>
        folded[cueEnd - 1] is '-' or '\'' ? cueEnd : Gap(cueEnd) is var g && g > cueEnd ? g : -1;

    private int SkipLink(int i) =>
        words.Links.TryMatch(folded, i, out var end, out _) && Gap(end) is var g && g > end ? g : i;

    private void AddCalendar(int start, CalendarDate date) =>
        Add(start, date.End, DateResolver.Calendar(date.Year, date.Month, date.Day, published),
            date.Day is null ? DatePrecision.Month : DatePrecision.Day, relative: date.Year is null);

    private void Add(int start, int end, string? resolved, DatePrecision precision, bool relative) =>
        candidates.Add(new Candidate(start, end, resolved, precision, relative, Blocked: false));

    /// <summary>Longest first; on a tie the earlier one, then a blocking phrase over a date.</summary>
    private List<DateMatch> Select()
    {
        candidates.Sort((a, b) =>
            a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : b.Blocked.CompareTo(a.Blocked));
        var covered = new bool[text.Length];
        var kept = new List<DateMatch>();
        foreach (var c in candidates)
        {
            if (covered.AsSpan(c.Start, c.Length).Contains(true))
            {
                continue;
            }

            covered.AsSpan(c.Start, c.Length).Fill(true);
            if (!c.Blocked)
            {
                kept.Add(new DateMatch(c.Start, c.Length, c.Resolved, c.Precision, c.Relative));
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>What a date expression says, before resolution; Year or Day null when the text leaves them out.</summary>
    private readonly record struct CalendarDate(int End, int? Year, int Month, int? Day);

    private readonly record struct Candidate(int Start, int End, string? Resolved, DatePrecision Precision, bool Relative, bool Blocked)
    {
        public int Length => End - Start;
    }
}
