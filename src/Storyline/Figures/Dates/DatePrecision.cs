namespace Storyline.Figures.Dates;

/// <summary>How precise a date expression is: the unit of its last ISO 8601 component.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,

    /// <summary>
    /// "last week", "la semaine dernière": resolved as an ISO week ("2025-W23"). Last, so that the values of the other
    /// members stay what callers that know only Year/Month/Day expect.
    /// </summary>
    Week,
}
