using Storyline.Figures;

namespace Storyline.Evaluation.Figures;

/// <summary>Scores found figures against gold ones of one text: spans first, then each field of the exactly matched pairs.</summary>
public static class FigureMatching
{
    /// <summary>Values agree within one part in a million (6.6e9 written as "6,6 milliards" and "$6.6bn").</summary>
    public const double ValueTolerance = 1e-6;

    public static FigureScore Score(string language, IReadOnlyList<Figure> gold, IReadOnlyList<Figure> found)
    {
        int exact = 0, overlapping = 0, kind = 0, value = 0, unit = 0, qualifier = 0, subject = 0, attribute = 0;
        var usedOverlap = new HashSet<int>();
        foreach (var g in gold)
        {
            var match = found.FirstOrDefault(f => f.Start == g.Start && f.Length == g.Length);
            var overlapIndex = -1;
            for (var i = 0; i < found.Count; i++)
            {
                if (!usedOverlap.Contains(i) && found[i].Start < g.Start + g.Length && g.Start < found[i].Start + found[i].Length)
                {
                    overlapIndex = i;
                    break;
                }
            }

            if (overlapIndex >= 0)
            {
                usedOverlap.Add(overlapIndex);
                overlapping++;
            }

            if (match is null)
            {
                continue;
            }

            exact++;
            kind += match.Kind == g.Kind ? 1 : 0;
            value += SameValue(g, match) ? 1 : 0;
            unit += string.Equals(g.Unit, match.Unit, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            qualifier += g.Qualifier == match.Qualifier ? 1 : 0;
            subject += string.Equals(g.Subject, match.Subject, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            attribute += string.Equals(g.Attribute, match.Attribute, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return new FigureScore(language, gold.Count, found.Count, exact, overlapping)
        {
            KindRight = kind,
            ValueRight = value,
            UnitRight = unit,
            QualifierRight = qualifier,
            SubjectRight = subject,
            AttributeRight = attribute,
        };
    }

    // Dates compare by their resolved ISO text, everything else by number.
    private static bool SameValue(Figure gold, Figure found) => gold.Kind == FigureKind.Date
        ? string.Equals(gold.Date, found.Date, StringComparison.Ordinal)
        : gold.Value is { } g && found.Value is { } f && Math.Abs(g - f) <= ValueTolerance * Math.Max(1, Math.Abs(g));
}
