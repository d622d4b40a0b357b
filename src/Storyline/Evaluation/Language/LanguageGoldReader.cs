using System.Text.Json;
using Storyline.Text;

namespace Storyline.Evaluation.Language;

/// <summary>
/// Reads labelled texts for language identification: the project's gold JSONL (<c>{"file", "url", "language", "text"}</c>
/// a line), a folder of <c>articles.jsonl</c> files, or the SemEval-2022 task 8 CSV (<c>lang1</c>/<c>text1</c>,
/// <c>lang2</c>/<c>text2</c>). Invalid gold fails loudly with its location rather than skewing the score.
/// </summary>
public static class LanguageGoldReader
{
    /// <summary>The file name looked for, recursively, when the path is a folder.</summary>
    public const string ArticlesFileName = "articles.jsonl";

    public static IReadOnlyList<LanguageSample> Read(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, ArticlesFileName, SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            if (files.Length == 0)
            {
                throw new InvalidDataException($"No {ArticlesFileName} under '{path}'.");
            }

            return [.. files.SelectMany(ReadJsonLines)];
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Gold file or folder '{path}' does not exist.", path);
        }

        return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadSemEvalCsv(path) : ReadJsonLines(path);
    }

    /// <summary>One sample per line; blank lines are skipped; a missing language or text, or a repeated file, throws.</summary>
    public static IReadOnlyList<LanguageSample> ReadJsonLines(string path)
    {
        var samples = new List<LanguageSample>();
        var files = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = $"{path}:{number}";
            using var document = Parse(line, where);
            var root = document.RootElement;
            var language = Required(root, "language", where);
            var text = Required(root, "text", where);
            // Feeds and JSON Lines hold several articles: one file with different urls is several entries.
            var url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            if (root.TryGetProperty("file", out var file) && file.ValueKind == JsonValueKind.String && !files.Add($"{file.GetString()}#{url}"))
            {
                throw new InvalidDataException($"{where}: file '{file.GetString()}'{(url is null ? "" : $" url '{url}'")} is listed twice.");
            }

            samples.Add(new LanguageSample(where, LanguageCodes.Normalize(language), text));
        }

        if (samples.Count == 0)
        {
            throw new InvalidDataException($"{path}: no samples.");
        }

        return samples;
    }

    /// <summary>
    /// Both articles of each pair. An article recurs in many pairs and is kept once; the same text under two languages throws.
    /// </summary>
    public static IReadOnlyList<LanguageSample> ReadSemEvalCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new InvalidDataException($"{path}: empty file.");
        }

        var header = rows.Current;
        var columns = new[] { "pair_id", "lang1", "lang2", "text1", "text2" }.Select(name => Column(header, name, path)).ToArray();
        var seen = new Dictionary<string, LanguageSample>(StringComparer.Ordinal);
        var samples = new List<LanguageSample>();
        var number = 1;
        while (rows.MoveNext())
        {
            number++;
            var row = rows.Current;
            if (row.Length < header.Length)
            {
                throw new InvalidDataException($"{path}: row {number} has {row.Length} fields, the header {header.Length}.");
            }

            for (var side = 0; side < 2; side++)
            {
                var language = LanguageCodes.Normalize(row[columns[1 + side]]);
                var text = row[columns[3 + side]].Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var sample = new LanguageSample($"{path}:{row[columns[0]]}:{side + 1}", language, text);
                if (seen.TryGetValue(text, out var earlier))
                {
                    if (!string.Equals(earlier.Language, language, StringComparison.Ordinal))
                    {
                        throw new InvalidDataException($"{sample.Source}: labelled {language}, but {earlier.Source} labels it {earlier.Language}.");
                    }

                    continue;
                }

                seen[text] = sample;
                samples.Add(sample);
            }
        }

        return samples;
    }

    private static JsonDocument Parse(string line, string where)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{where}: not JSON ({e.Message}).", e);
        }
    }

    private static string Required(JsonElement root, string name, string where)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var value)
            || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw new InvalidDataException($"{where}: '{name}' is missing or empty.");
        }

        return value.GetString()!;
    }

    private static int Column(string[] header, string name, string path)
    {
        var index = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.Ordinal));
        return index >= 0 ? index : throw new InvalidDataException($"{path}: no '{name}' column.");
    }
}
