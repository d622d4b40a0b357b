using System.Xml.Linq;

namespace Storyline.Entities.Names.Building;

/// <summary>
/// The names one CLDR locale file (<c>common/main/&lt;locale&gt;.xml</c>) gives to territories and regions (by ISO or UN M.49 code,
/// with their short and variant forms) and to the exemplar cities of time zones (by zone id).
/// </summary>
public sealed record CldrLocale(IReadOnlyDictionary<string, IReadOnlyList<string>> Territories, IReadOnlyDictionary<string, string> ExemplarCities)
{
    public static CldrLocale Read(string path)
    {
        var document = XDocument.Load(path);
        var territories = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var element in document.Descendants("territory"))
        {
            var code = (string?)element.Attribute("type");
            var alt = (string?)element.Attribute("alt");
            if (code is null || element.Value.Length == 0)
            {
                continue;
            }

            if (!territories.TryGetValue(code, out var names))
            {
                territories[code] = names = [];
            }

            // The plain form first: it is the one to prefer as a canonical name.
            if (alt is null)
            {
                names.Insert(0, element.Value);
            }
            else
            {
                names.Add(element.Value);
            }
        }

        var cities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var zone in document.Descendants("zone"))
        {
            if ((string?)zone.Attribute("type") is { } id && zone.Element("exemplarCity") is { } city && city.Attribute("alt") is null)
            {
                cities[id] = city.Value;
            }
        }

        return new CldrLocale(territories.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal), cities);
    }
}
