using Storyline.Entities.Names;

namespace Storyline.Evaluation.Canonical;

/// <summary>
/// Reads alias-pair gold (<c>samples/gold/canonical/*.tsv</c>): <c>surface TAB language TAB expected [TAB type]</c> a line,
/// <c>#</c> comments and blank lines skipped. A short row, an unknown type, or a surface listed twice for one language
/// (a duplicate or a contradiction) fails loudly with its line rather than skewing the score.
/// </summary>
public static class CanonicalGoldReader
{
    public static IReadOnlyList<CanonicalPair> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Gold file '{path}' does not exist.", path);
        }

        var pairs = new List<CanonicalPair>();
        var seen = new Dictionary<(string, string), int>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length is < 3 or > 4 || cells.Take(3).Any(c => c.Trim().Length == 0))
            {
                throw new InvalidDataException($"{path} line {i + 1}: expected 'surface<TAB>language<TAB>expected[<TAB>type]'.");
            }

            var type = cells.Length == 4 && cells[3].Trim().Length > 0
                ? GazetteerFile.ParseType(cells[3].Trim()) ?? throw new InvalidDataException($"{path} line {i + 1}: unknown type '{cells[3]}'.")
                : (Entities.EntityType?)null;
            var surface = cells[0].Trim();
            var language = cells[1].Trim();
            if (seen.TryGetValue((surface, language), out var first))
            {
                throw new InvalidDataException($"{path} line {i + 1}: '{surface}' ({language}) is already on line {first}.");
            }

            seen[(surface, language)] = i + 1;
            pairs.Add(new CanonicalPair(surface, language, cells[2].Trim(), type, i + 1));
        }

        return pairs.Count > 0 ? pairs : throw new InvalidDataException($"{path}: no pairs.");
    }
}
