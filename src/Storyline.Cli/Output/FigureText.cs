using System.Globalization;
using Storyline.Figures;
using Storyline.Figures.Claims;

namespace Storyline.Cli.Output;

/// <summary>Figures as people read them: "USD 6.6bn", "1,800 employees", "12.5%", "≥ USD 150bn", "planned USD 6.5bn".</summary>
public static class FigureText
{
    public static string Value(double value, string? unit, FigureKind kind) => kind switch
    {
        FigureKind.Money => $"{unit} {Short(value)}",
        FigureKind.Percent => unit == "points" ? $"{Plain(value)} pts" : $"{Plain(value)}%",
        _ when unit is null => Short(value),
        _ => $"{Short(value)} {unit}",
    };

    public static string Of(Figure f) => f.Kind == FigureKind.Date
        ? f.Date ?? "(unresolved)"
        : f.Value is { } v ? Qualified(Value(v, f.Unit, f.Kind), f.Qualifier) : "";

    public static string Of(ClaimValue v, FigureKind kind) => Qualified(Value(v.Value, v.Unit, kind), v.Qualifier);

    public static string Qualified(string value, Qualifier q) => q switch
    {
        Qualifier.AtLeast => $"≥ {value}",
        Qualifier.AtMost => $"≤ {value}",
        Qualifier.Approx => $"~ {value}",
        Qualifier.Planned => $"planned {value}",
        _ => value,
    };

    // 6.6e9 → "6.6bn", 1800 → "1,800": the scale words newsrooms use.
    private static string Short(double value)
    {
        var a = Math.Abs(value);
        return a switch
        {
            >= 1e12 => $"{Plain(value / 1e12)}tn",
            >= 1e9 => $"{Plain(value / 1e9)}bn",
            >= 1e6 => $"{Plain(value / 1e6)}m",
            _ => value.ToString("#,0.###", CultureInfo.InvariantCulture),
        };
    }

    private static string Plain(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
