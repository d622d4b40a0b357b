using System.Text.Json;
using Storyline.Figures.Claims;

namespace Storyline.Evaluation.Figures;

/// <summary>Reads <c>claims.jsonl</c>: one <c>{story, subject, attribute, values, verdict}</c> per line (samples/gold/README.md).</summary>
public static class GoldClaimReader
{
    public const string FileName = "claims.jsonl";

    /// <summary>A claims.jsonl file, or a folder whose claims.jsonl files are read (recursively).</summary>
    public static IReadOnlyList<(string File, GoldClaim Claim)> Read(string path)
    {
        // The articles file of a split stands for its claims file beside it.
        if (File.Exists(path) && Path.GetFileName(path) == GoldArticleReader.FileName)
        {
            path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, FileName);
        }

        var files = File.Exists(path) ? [path] : Directory.Exists(path) ? Directory.EnumerateFiles(path, FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"no {FileName} at {path}");
        }

        var claims = new List<(string, GoldClaim)>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim().Length == 0)
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(lines[i]);
                    var r = json.RootElement;
                    claims.Add((file, new GoldClaim(
                        Field(r, "story"), Field(r, "subject"), Field(r, "attribute"), Enum.Parse<ClaimVerdict>(Field(r, "verdict"), ignoreCase: true))));
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or InvalidDataException)
                {
                    throw new InvalidDataException($"{file}:{i + 1}: {e.Message}", e);
                }
            }
        }

        return claims;
    }

    private static string Field(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"a claim needs a string '{name}' (story, subject, attribute, verdict)");
}
