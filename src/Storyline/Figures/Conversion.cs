namespace Storyline.Figures;

/// <summary>
/// An amount restated in another currency in brackets right after it ("6,5 milliards d'euros (7,6 milliards de
/// dollars)", "€180m ($195m)") is the same figure converted: it measures what the first measures, of the same subject,
/// and is as rough as the first ("environ" covers both).
/// </summary>
public static class Conversion
{
    /// <summary><paramref name="figure"/> with <paramref name="before"/>'s attribute, subject and qualifier when it restates it, else null.</summary>
    public static Figure? Of(string text, Figure before, Figure figure)
    {
        if (before.Kind != FigureKind.Money || figure.Kind != FigureKind.Money || before.Unit == figure.Unit || before.Attribute is null)
        {
            return null;
        }

        var between = text.AsSpan(before.Start + before.Length, Math.Max(0, figure.Start - before.Start - before.Length)).Trim();
        if (between is not ("(" or "[") || figure.Start + figure.Length >= text.Length || text[figure.Start + figure.Length] is not (')' or ']'))
        {
            return null;
        }

        return figure with
        {
            Attribute = before.Attribute,
            Subject = before.Subject,
            Qualifier = figure.Qualifier == Qualifier.Exact ? before.Qualifier : figure.Qualifier,
        };
    }
}
