namespace Storyline.Languages;

/// <summary>
/// Parses a data file of one entry per line, <c>#</c> comments and <c>[section]</c> headers; entries are lower-cased.
/// Empty sections are fine; an entry outside a section, an unknown section or a duplicate entry is an error.
/// </summary>
public static class SectionedList
{
    public static BoilerplateCues ParseBoilerplate(IReadOnlyList<string> lines, string resource)
    {
        var sections = Parse(lines, resource, BoilerplateCues.Kinds);
        return new BoilerplateCues(sections.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal));
    }

    public static Dictionary<string, List<string>> Parse(IReadOnlyList<string> lines, string resource, IReadOnlyList<string> allowed)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var name = line[1..^1].Trim();
                if (!allowed.Contains(name))
                {
                    throw new InvalidDataException($"Resource {resource} line {i + 1}: unknown section [{name}].");
                }

                current = sections.TryGetValue(name, out var existing) ? existing : sections[name] = [];
                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException($"Resource {resource} line {i + 1}: entry before any [section].");
            }

            var entry = line.ToLowerInvariant();
            if (current.Contains(entry))
            {
                throw new InvalidDataException($"Resource {resource} line {i + 1}: duplicate entry '{entry}'.");
            }

            current.Add(entry);
        }

        return sections;
    }
}
