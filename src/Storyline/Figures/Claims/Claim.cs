namespace Storyline.Figures.Claims;

/// <summary>What the sources say about one (subject, attribute): every value with its articles, and the verdict.</summary>
public sealed record Claim(string Subject, string Attribute, IReadOnlyList<ClaimValue> Values, ClaimVerdict Verdict)
{
    /// <summary>Whether the values are amounts of money (in <see cref="ClaimValue.Unit"/> currencies), counts or percentages.</summary>
    public FigureKind Kind { get; init; }
}
