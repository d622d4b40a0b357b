namespace Storyline.Ingest.Html;

/// <summary>Parses the <c>[section]</c> + one-entry-a-line format of the HTML cue and class data files.</summary>
internal static class SectionedList
{
    /// <summary>Returns (section, entry) pairs in file order; throws naming the resource when the file is malformed.</summary>
    public static IReadOnlyList<(string Section, string Entry)> Parse(string text, string resourceName)
    {
        var entries = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? section = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1].Trim().ToLowerInvariant();
                continue;
            }

            if (section is null)
            {
                throw new InvalidDataException($"{resourceName}:{lineNumber}: entry '{line}' comes before any [section] header");
            }

            var entry = line.ToLowerInvariant();
            if (!seen.Add(section + "\u0000" + entry))
            {
                throw new InvalidDataException($"{resourceName}:{lineNumber}: duplicate entry '{line}' in [{section}]");
            }

            entries.Add((section, entry));
        }

        if (entries.Count == 0)
        {
            throw new InvalidDataException($"{resourceName}: no entries");
        }

        return entries;
    }
}
