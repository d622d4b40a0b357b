namespace Storyline.Figures.Claims;

/// <summary>
/// The values a figure allows, so that bounds and points compare: a stated or planned value allows ±0.5% (rounding:
/// 6.5bn and 6.6bn conflict), an approximate one ±10%, a lower bound everything above it, an upper bound everything
/// below. An amount converted from another currency allows a further ±10%, because rates move.
/// </summary>
public readonly record struct ValueInterval(double Low, double High)
{
    public const double Rounding = 0.005;
    public const double Approximation = 0.10;
    public const double Conversion = 0.10;

    public static ValueInterval Of(double value, Qualifier qualifier, bool converted)
    {
        var spread = Math.Abs(value) * ((qualifier == Qualifier.Approx ? Approximation : Rounding) + (converted ? Conversion : 0));
        return qualifier switch
        {
            Qualifier.AtLeast => new(value - (converted ? Math.Abs(value) * Conversion : 0), double.PositiveInfinity),
            Qualifier.AtMost => new(double.NegativeInfinity, value + (converted ? Math.Abs(value) * Conversion : 0)),
            _ => new(value - spread, value + spread),
        };
    }

    /// <summary>Whether all the intervals share a value (on a line, the same as every pair overlapping).</summary>
    public static bool Overlap(IEnumerable<ValueInterval> intervals)
    {
        var low = double.NegativeInfinity;
        var high = double.PositiveInfinity;
        foreach (var i in intervals)
        {
            low = Math.Max(low, i.Low);
            high = Math.Min(high, i.High);
        }

        return low <= high;
    }
}
