using System.Globalization;
using Storyline.Languages;

namespace Storyline.Figures.Claims;

/// <summary>
/// US dollars per unit of a currency, from <c>Resources/common/currency-rates.tsv</c> (approximate reference rates):
/// enough to tell "€180m" and "$195m" apart from "€1.2bn" and "$1.1bn", not to price anything.
/// </summary>
public sealed class CurrencyRates
{
    public const string File = "currency-rates.tsv";

    private static readonly Lazy<CurrencyRates> EmbeddedInstance = new(() => Load(LanguageResources.Embedded));

    private readonly IReadOnlyDictionary<string, double> perDollar;

    private CurrencyRates(IReadOnlyDictionary<string, double> perDollar) => this.perDollar = perDollar;

    public static CurrencyRates Embedded => EmbeddedInstance.Value;

    /// <summary>The amount in US dollars, or null for a currency without a rate.</summary>
    public double? ToDollars(double amount, string currency) =>
        perDollar.TryGetValue(currency, out var rate) ? amount * rate : null;

    public static CurrencyRates Load(LanguageResources resources)
    {
        var lines = resources.ReadLines("common", File) ?? throw new InvalidDataException($"Resource common/{File} is missing.");
        var rates = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
            {
                throw new InvalidDataException($"Resource common/{File} line {i + 1}: expected CODE<TAB>positive rate.");
            }

            rates[parts[0]] = rate;
        }

        return new CurrencyRates(rates);
    }
}
