using Storyline.Figures;
using Storyline.Figures.Claims;

namespace Storyline.Tests.Figures;

/// <summary>Claims from figures written out here: grouping, intervals, currencies and verdicts.</summary>
public sealed class ClaimBuilderTests
{
    private static Figure Money(double value, string currency, Qualifier q = Qualifier.Exact, string attribute = "funding") =>
        new("x", 0, 1, FigureKind.Money, value, currency, q) { Subject = "Vantor", Attribute = attribute };

    private static Claim Only(params (string Article, Figure Figure)[] figures)
    {
        var claims = ClaimBuilder.Default.Build(figures.GroupBy(f => f.Article).Select(g => (g.Key, (IReadOnlyList<Figure>)g.Select(f => f.Figure).ToList())));
        return Assert.Single(claims);
    }

    [Fact]
    public void ThePointsOfOneFundingRoundAgree()
    {
        var claim = Only(("a", Money(6.6e9, "USD")), ("b", Money(6.6e9, "USD")), ("c", Money(6.6e9, "USD")));
        Assert.Equal(ClaimVerdict.Agree, claim.Verdict);
        var value = Assert.Single(claim.Values);
        Assert.Equal(["a", "b", "c"], value.Articles);
    }

    [Fact]
    public void APlanOfADifferentAmountConflicts()
    {
        var claim = Only(("a", Money(6.6e9, "USD")), ("b", Money(6.6e9, "USD")), ("c", Money(6.5e9, "USD", Qualifier.Planned)));
        Assert.Equal(ClaimVerdict.Conflict, claim.Verdict);
        Assert.Contains(claim.Values, v => v.Qualifier == Qualifier.Planned && v.Value == 6.5e9);
    }

    [Fact]
    public void ABoundAgreesWithAPointInsideIt()
    {
        Assert.Equal(ClaimVerdict.Agree, Only(("a", Money(150e9, "USD", Qualifier.AtLeast, "valuation")), ("b", Money(157e9, "USD", attribute: "valuation"))).Verdict);
        Assert.Equal(ClaimVerdict.Conflict, Only(("a", Money(160e9, "USD", Qualifier.AtLeast, "valuation")), ("b", Money(157e9, "USD", attribute: "valuation"))).Verdict);
        Assert.Equal(ClaimVerdict.Agree, Only(("a", Money(200e6, "EUR", Qualifier.AtMost)), ("b", Money(180e6, "EUR"))).Verdict);
    }

    [Fact]
    public void AnApproximationAllowsTenPercent()
    {
        Assert.Equal(ClaimVerdict.Agree, Only(("a", Money(45_000, "EUR", Qualifier.Approx)), ("b", Money(47_800, "EUR"))).Verdict);
        Assert.Equal(ClaimVerdict.Conflict, Only(("a", Money(45_000, "EUR", Qualifier.Approx)), ("b", Money(52_000, "EUR"))).Verdict);
    }

    [Fact]
    public void CurrenciesCompareThroughReferenceRates()
    {
        // €180m is about $203m: a source giving $195m reports the same round; $1.1bn is not €1.2bn.
        Assert.Equal(ClaimVerdict.Agree, Only(("a", Money(180e6, "EUR")), ("b", Money(195e6, "USD"))).Verdict);
        Assert.Equal(ClaimVerdict.Conflict, Only(("a", Money(1.2e9, "EUR", attribute: "valuation")), ("b", Money(1.1e9, "USD", attribute: "valuation"))).Verdict);
    }

    [Fact]
    public void OneSourceIsSingleWhateverItSays()
    {
        var claim = Only(("a", Money(1e6, "EUR")), ("a", Money(2e6, "EUR")));
        Assert.Equal(ClaimVerdict.Single, claim.Verdict);
        Assert.Equal(2, claim.Values.Count);
    }

    [Fact]
    public void FiguresWithoutSubjectOrAttributeMakeNoClaim()
    {
        var loose = new Figure("x", 0, 1, FigureKind.Money, 1e6, "EUR", Qualifier.Exact) { Attribute = "funding" };
        Assert.Empty(ClaimBuilder.Default.Build([("a", [loose]), ("b", [loose])]));
    }

    [Fact]
    public void ConflictsComeFirst()
    {
        var users = new Figure("x", 0, 1, FigureKind.Count, 2e8, "users", Qualifier.Exact) { Subject = "Vantor", Attribute = "users" };
        var claims = ClaimBuilder.Default.Build(
        [
            ("a", [Money(6.6e9, "USD"), users]),
            ("b", [Money(6.5e9, "USD")]),
        ]);
        Assert.Equal([ClaimVerdict.Conflict, ClaimVerdict.Single], claims.Select(c => c.Verdict));
    }

    [Fact]
    public void NamesAreUnifiedBeforeGrouping()
    {
        var shortName = Money(6.6e9, "USD") with { Subject = "Vantor" };
        var fullName = Money(6.6e9, "USD") with { Subject = "Vantor AI" };
        var claims = ClaimBuilder.Default.Build([("a", [shortName]), ("b", [fullName])], n => n == "Vantor" ? "Vantor AI" : n);
        Assert.Equal("Vantor AI", Assert.Single(claims).Subject);
    }
}
