using System.Globalization;
using System.Text;

namespace Storyline.Entities.Names;

/// <summary>
/// The gazetteer file format under <c>Resources/common/gazetteer/</c>: <c>#</c> comment lines (source and licence), then a
/// header line <c>id type rank name &lt;column&gt;...</c> and one tab-separated row per entry. A name column holds the names
/// of one language separated by <c>|</c>, leaving out the canonical name; an empty cell means no other name.
/// A malformed row is an error that names the resource and line.
/// </summary>
public static class GazetteerFile
{
    public const char NameSeparator = '|';

    private static readonly string[] FixedColumns = ["id", "type", "rank", "name"];

    public static IReadOnlyList<GazetteerEntry> Parse(IReadOnlyList<string> lines, string resource)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string[]? columns = null;
        var entries = new List<GazetteerEntry>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                if (cells.Length < FixedColumns.Length || !cells.Take(FixedColumns.Length).SequenceEqual(FixedColumns, StringComparer.Ordinal))
                {
                    throw new InvalidDataException($"Resource {resource} line {i + 1}: expected the header '{string.Join(' ', FixedColumns)} <languages...>'.");
                }

                columns = cells;
                continue;
            }

            entries.Add(ParseRow(cells, columns, resource, i + 1));
        }

        return entries.Count > 0 ? entries : throw new InvalidDataException($"Resource {resource}: no entries.");
    }

    public static void Write(TextWriter writer, IEnumerable<string> comments, IReadOnlyList<string> languageColumns, IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var comment in comments)
        {
            writer.Write("# ");
            writer.Write(comment);
            writer.Write('\n');
        }

        writer.Write(string.Join('\t', FixedColumns.Concat(languageColumns)));
        writer.Write('\n');
        var row = new StringBuilder();
        foreach (var entry in entries)
        {
            row.Clear();
            row.Append(entry.Id).Append('\t').Append(TypeName(entry.Type)).Append('\t')
                .Append(entry.Rank.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(entry.Name);
            foreach (var column in languageColumns)
            {
                row.Append('\t');
                if (entry.Names.TryGetValue(column, out var names))
                {
                    row.AppendJoin(NameSeparator, names.Where(n => !string.Equals(n, entry.Name, StringComparison.Ordinal)));
                }
            }

            writer.Write(row.ToString());
            writer.Write('\n');
        }
    }

    /// <summary>The lower-case name of a type as the data files write it (<c>place</c>, <c>organisation</c>...).</summary>
    public static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();

    /// <summary>Reads a type written in a data file; null when it is not one.</summary>
    public static EntityType? ParseType(string text) => text switch
    {
        "place" => EntityType.Place,
        "organisation" => EntityType.Organisation,
        "person" => EntityType.Person,
        "product" => EntityType.Product,
        "other" => EntityType.Other,
        _ => null,
    };

    private static GazetteerEntry ParseRow(string[] cells, string[] columns, string resource, int line)
    {
        if (cells.Length != columns.Length)
        {
            throw new InvalidDataException($"Resource {resource} line {line}: {cells.Length} cells where the header has {columns.Length}.");
        }

        var type = ParseType(cells[1]) ?? throw new InvalidDataException($"Resource {resource} line {line}: unknown type '{cells[1]}'.");
        if (!long.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rank))
        {
            throw new InvalidDataException($"Resource {resource} line {line}: rank '{cells[2]}' is not a whole number.");
        }

        if (cells[0].Length == 0 || cells[3].Length == 0)
        {
            throw new InvalidDataException($"Resource {resource} line {line}: empty id or name.");
        }

        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var c = FixedColumns.Length; c < cells.Length; c++)
        {
            if (cells[c].Length > 0)
            {
                names[columns[c]] = cells[c].Split(NameSeparator);
            }
        }

        return new GazetteerEntry(cells[0], type, rank, cells[3], names);
    }
}
