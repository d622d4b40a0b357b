namespace Storyline.Entities.Names;

/// <summary>
/// The project's own alias table, <c>Resources/common/aliases.tsv</c>: names the packages miss (international organisations
/// and their acronyms, everyday names of places). Each row is <c>name TAB type TAB aliases [TAB id]</c> with the aliases
/// separated by <c>|</c> (none: the name alone); an id ties the row to a gazetteer entry, whose canonical name it then replaces. <c>#</c> starts a comment.
/// A malformed row is an error that names the resource and line.
/// </summary>
public static class AliasTable
{
    public const string File = "aliases.tsv";

    public static IReadOnlyList<GazetteerEntry> Parse(IReadOnlyList<string> lines, string resource)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var entries = new List<GazetteerEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, (string Name, int Line)>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length is < 3 or > 4)
            {
                throw new InvalidDataException($"Resource {resource} line {i + 1}: expected 'name<TAB>type<TAB>alias|alias...[<TAB>id]', found {cells.Length} cells.");
            }

            var name = cells[0].Trim();
            var type = GazetteerFile.ParseType(cells[1].Trim())
                ?? throw new InvalidDataException($"Resource {resource} line {i + 1}: unknown type '{cells[1]}' (place, organisation, person, product or other).");
            // An empty alias cell declares the name alone (Europol): known, and written the same in every language.
            var aliases = cells[2].Trim().Length == 0 ? [] : cells[2].Split(GazetteerFile.NameSeparator).Select(a => a.Trim()).ToArray();
            if (name.Length == 0 || aliases.Any(a => a.Length == 0))
            {
                throw new InvalidDataException($"Resource {resource} line {i + 1}: empty name or alias.");
            }

            if (aliases.Distinct(StringComparer.Ordinal).Count() != aliases.Length)
            {
                throw new InvalidDataException($"Resource {resource} line {i + 1}: '{name}' lists an alias twice.");
            }

            if (!seen.Add(name))
            {
                throw new InvalidDataException($"Resource {resource} line {i + 1}: '{name}' has a row already.");
            }

            // One written form, two canonical names: the table would contradict itself, and which row wins would be arbitrary.
            foreach (var alias in aliases.Prepend(name))
            {
                if (owners.TryGetValue(alias, out var owner) && owner.Name != name)
                {
                    throw new InvalidDataException($"Resource {resource} line {i + 1}: '{alias}' already stands for '{owner.Name}' (line {owner.Line}).");
                }

                owners[alias] = (name, i + 1);
            }

            var id = cells.Length == 4 && cells[3].Trim().Length > 0 ? cells[3].Trim() : "alias:" + name;
            entries.Add(new GazetteerEntry(id, type, long.MaxValue, name, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["other"] = aliases }));
        }

        return entries;
    }
}
