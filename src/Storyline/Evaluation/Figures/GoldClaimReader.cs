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
        var files = File.Exists(path) ? [path] : Directory.EnumerateFiles(path, FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
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
                        r.GetProperty("story").GetString()!,
                        r.GetProperty("subject").GetString()!,
                        r.GetProperty("attribute").GetString()!,
                        Enum.Parse<ClaimVerdict>(r.GetProperty("verdict").GetString()!, ignoreCase: true))));
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
                {
                    throw new InvalidDataException($"{file}:{i + 1}: {e.Message}", e);
                }
            }
        }

        return claims;
    }
}
