namespace Storyline.Figures.Dates;

/// <summary>
/// Dates written in digits, the same in every language: ISO "2025-06-10", and "10/06/2025", "10.06.2025", "10-06-2025"
/// read day first (the European order of the project's news), month first only when day first is impossible
/// ("06/15/2025"). Two-digit years ("10.06.25") are left out: they collide with versions and scores.
/// </summary>
internal static class NumericDate
{
    public static bool TryRead(string text, int i, out int end, out int year, out int month, out int day)
    {
        end = i;
        year = month = day = 0;
        if (!DateText.NumberStarts(text, i) || !DateText.TryNumber(text, i, 4, out var first, out var p))
        {
            return false;
        }

        if (p - i == 4)
        {
            year = first;
            return Part(text, ref p, '-', 2, 2, out month) && Part(text, ref p, '-', 2, 2, out day) && Ends(text, p, ref end, year, month, day);
        }

        if (p >= text.Length || text[p] is not ('/' or '.' or '-'))
        {
            return false;
        }

        var separator = text[p];
        if (!Part(text, ref p, separator, 1, 2, out var second) || !Part(text, ref p, separator, 4, 4, out year))
        {
            return false;
        }

        (day, month) = second is >= 1 and <= 12 ? (first, second) : (second, first);
        return Ends(text, p, ref end, year, month, day);
    }

    /// <summary>A separator then a number of <paramref name="min"/>..<paramref name="max"/> digits.</summary>
    private static bool Part(string text, ref int p, char separator, int min, int max, out int value)
    {
        value = 0;
        if (p >= text.Length || text[p] != separator || !DateText.TryNumber(text, p + 1, max, out value, out var end) || end - p - 1 < min)
        {
            return false;
        }

        p = end;
        return true;
    }

    private static bool Ends(string text, int p, ref int end, int year, int month, int day)
    {
        if (!DateText.NumberEnds(text, p) || year is < 1900 or > 2099 || month is < 1 or > 12 || day is < 1 or > 31)
        {
            return false;
        }

        end = p;
        return true;
    }
}
