namespace Storyline.Languages;

/// <summary>
/// Parses the data-file format shared by every language resource: one entry per line, <c>#</c> comments and
/// <c>[section]</c> headers; sections and entries are lower-cased. An entry outside a section, an unknown section
/// (when the caller names the allowed ones), a duplicate entry in a section or a file without entries is an error
/// that names the resource and line.
/// </summary>
public static class SectionedList
{
    // preserveCase keeps entries as written, for files where case carries meaning (the number suffix "M" is a million,
    // "m" a metre); sections are lower-cased either way.
    public static IReadOnlyList<(string Section, string Entry)> Parse(
        IReadOnlyList<string> lines, string resource, IReadOnlyList<string>? allowed = null, bool preserveCase = false)
    {
        var entries = new List<(string, string)>();
        var seen = new HashSet<(string, string)>();
        string? section = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1].Trim().ToLowerInvariant();
                if (allowed is not null && !allowed.Contains(section))
                {
                    throw new InvalidDataException($"Resource {resource} line {i + 1}: unknown section [{section}].");
                }

                continue;
            }

            if (section is null)
            {
                throw new InvalidDataException($"Resource {resource} line {i + 1}: entry '{line}' before any [section].");
            }

            var entry = preserveCase ? line : line.ToLowerInvariant();
            if (!seen.Add((section, entry)))
            {
                throw new InvalidDataException($"Resource {resource} line {i + 1}: duplicate entry '{entry}' in [{section}].");
            }

            entries.Add((section, entry));
        }

        return entries.Count > 0 ? entries : throw new InvalidDataException($"Resource {resource}: no entries.");
    }

    public static BoilerplateCues ParseBoilerplate(IReadOnlyList<string> lines, string resource) =>
        new(Parse(lines, resource, BoilerplateCues.Kinds)
            .GroupBy(e => e.Section, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(e => e.Entry).ToArray(), StringComparer.Ordinal));
}
