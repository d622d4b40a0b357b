using System.Text.Json;

namespace Storyline.Evaluation.Boilerplate;

/// <summary>
/// Reads trafilatura's <c>tests/evaldata.json</c> (url → {file, with, without}) and validates it as its
/// <c>eval_common.validate</c> does: fail loudly on empty, duplicate or contradictory snippets.
/// </summary>
public static class TrafilaturaEvalData
{
    /// <summary>The folder holding <c>evaldata.json</c>, <c>eval/</c> and <c>cache/</c>: the given one or its <c>tests/</c>.</summary>
    public static string ResolveTestsFolder(string path)
    {
        if (File.Exists(Path.Combine(path, "evaldata.json")))
        {
            return path;
        }

        var tests = Path.Combine(path, "tests");
        return File.Exists(Path.Combine(tests, "evaldata.json"))
            ? tests
            : throw new FileNotFoundException($"no evaldata.json in '{path}' or its tests/ folder");
    }

    public static IReadOnlyList<TrafilaturaCase> Load(string testsFolder)
    {
        var path = Path.Combine(testsFolder, "evaldata.json");
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var cases = new List<TrafilaturaCase>();
        foreach (var page in document.RootElement.EnumerateObject())
        {
            var file = page.Value.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (string.IsNullOrWhiteSpace(file))
            {
                throw new InvalidDataException($"{path}: {page.Name}: missing or empty 'file'");
            }

            var with = Snippets(path, page, "with");
            var without = Snippets(path, page, "without");
            foreach (var negative in without)
            {
                var normalized = SnippetMatcher.Normalize(negative);
                if (with.Any(w => SnippetMatcher.Normalize(w).Contains(normalized, StringComparison.Ordinal)))
                {
                    throw new InvalidDataException($"{path}: {page.Name}: '{negative}' in 'without' also occurs inside 'with'");
                }
            }

            cases.Add(new TrafilaturaCase(page.Name, file, with, without));
        }

        return cases;
    }

    /// <summary>The page file under <c>cache/</c> or <c>eval/</c> (trafilatura looks in that order), or null.</summary>
    public static string? Resolve(string testsFolder, string file)
    {
        foreach (var folder in new[] { "cache", "eval" })
        {
            var path = Path.Combine(testsFolder, folder, file);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static List<string> Snippets(string path, JsonProperty page, string key)
    {
        if (!page.Value.TryGetProperty(key, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: {page.Name}: '{key}' must be a list");
        }

        var snippets = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InvalidDataException($"{path}: {page.Name}: '{key}' holds an empty or non-string entry");
            }

            if (!seen.Add(SnippetMatcher.Normalize(text)))
            {
                throw new InvalidDataException($"{path}: {page.Name}: duplicate entry '{text}' in '{key}'");
            }

            snippets.Add(text);
        }

        return snippets;
    }
}
