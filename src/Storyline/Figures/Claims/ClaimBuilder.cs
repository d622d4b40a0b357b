namespace Storyline.Figures.Claims;

/// <summary>
/// Groups the figures of a set of articles (a story, or any selection) by (subject, attribute) and by what they count
/// (money, a number of things, percent, percentage points), and judges each group: <c>single</c> when one article gives
/// all its values, <c>agree</c> when every value's <see cref="ValueInterval"/> shares a point, else <c>conflict</c>.
/// Amounts in one currency compare as written; a group mixing currencies compares in US dollars through
/// <see cref="CurrencyRates"/>, with the conversion tolerance. Conflicts come first.
/// </summary>
public sealed class ClaimBuilder(CurrencyRates rates)
{
    public static readonly ClaimBuilder Default = new(CurrencyRates.Embedded);

    /// <summary>The claims of these articles; <c>canonical</c> maps an article's subject to the name used across articles.</summary>
    public IReadOnlyList<Claim> Build(IEnumerable<(string ArticleId, IReadOnlyList<Figure> Figures)> articles, Func<string, string>? canonical = null)
    {
        var groups = new Dictionary<(string Subject, string Attribute, string Dimension), List<(string Article, Figure Figure)>>();
        foreach (var (article, figures) in articles)
        {
            foreach (var f in figures)
            {
                if (f is not { Subject: { } subject, Attribute: { } attribute, Value: { } value } || !double.IsFinite(value) || Dimension(f) is not { } dimension)
                {
                    continue;
                }

                var key = (canonical?.Invoke(subject) ?? subject, attribute, dimension);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add((article, f));
            }
        }

        return groups
            .Select(g => Judge(g.Key.Subject, g.Key.Attribute, g.Value))
            .OrderBy(c => c.Verdict switch { ClaimVerdict.Conflict => 0, ClaimVerdict.Agree => 1, _ => 2 })
            .ThenBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Attribute, StringComparer.Ordinal)
            .ToList();
    }

    private Claim Judge(string subject, string attribute, List<(string Article, Figure Figure)> figures)
    {
        var kind = figures[0].Figure.Kind;
        var values = figures
            .GroupBy(f => (Value: f.Figure.Value!.Value, Unit: kind == FigureKind.Count ? null : f.Figure.Unit, f.Figure.Qualifier))
            .Select(g => new ClaimValue(g.Key.Value, g.Key.Unit, g.Key.Qualifier, g.Select(f => f.Article).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        var articles = figures.Select(f => f.Article).Distinct(StringComparer.Ordinal).Count();
        var verdict = articles == 1 ? ClaimVerdict.Single
            : ValueInterval.Overlap(Intervals(kind, values)) ? ClaimVerdict.Agree
            : ClaimVerdict.Conflict;
        return new Claim(subject, attribute, values, verdict) { Kind = kind };
    }

    private IEnumerable<ValueInterval> Intervals(FigureKind kind, IReadOnlyList<ClaimValue> values)
    {
        var mixed = kind == FigureKind.Money && values.Select(v => v.Unit).Distinct(StringComparer.Ordinal).Count() > 1;
        foreach (var v in values)
        {
            if (!mixed)
            {
                yield return ValueInterval.Of(v.Value, v.Qualifier, converted: false);
            }
            else if (v.Unit is { } currency && rates.ToDollars(v.Value, currency) is { } dollars)
            {
                yield return ValueInterval.Of(dollars, v.Qualifier, converted: currency != "USD");
            }

            // A currency without a rate cannot be compared with the others; it is listed but not judged.
        }
    }

    // Money in any currency compares (through rates); counts compare whatever noun each source uses; percent and
    // percentage points do not compare with each other.
    private static string? Dimension(Figure f) => f.Kind switch
    {
        FigureKind.Money => "money",
        FigureKind.Count => "count",
        FigureKind.Percent => f.Unit ?? "percent",
        _ => null,
    };
}
