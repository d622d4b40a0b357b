using System.Xml.Linq;

namespace Storyline.Entities.Names.Building;

/// <summary>
/// The currencies one CLDR locale file (<c>common/main/&lt;locale&gt;.xml</c>) names under <c>numbers/currencies</c>: every
/// <c>displayName</c> (with and without <c>count</c>) and every <c>symbol</c> (with its <c>alt</c>, null for the plain one), by ISO 4217 code.
/// </summary>
public sealed record CldrCurrencies(IReadOnlyList<(string Iso, string Name)> Names, IReadOnlyList<(string Iso, string Symbol, string? Alt)> Symbols)
{
    public static CldrCurrencies Read(string path)
    {
        var document = XDocument.Load(path);
        var names = new List<(string, string)>();
        var symbols = new List<(string, string, string?)>();
        foreach (var currency in document.Descendants("numbers").Elements("currencies").Elements("currency"))
        {
            if ((string?)currency.Attribute("type") is not { } iso)
            {
                continue;
            }

            names.AddRange(currency.Elements("displayName").Where(e => e.Value.Length > 0).Select(e => (iso, e.Value)));
            symbols.AddRange(currency.Elements("symbol").Where(e => e.Value.Length > 0).Select(e => (iso, e.Value, (string?)e.Attribute("alt"))));
        }

        return new CldrCurrencies(names, symbols);
    }
}
