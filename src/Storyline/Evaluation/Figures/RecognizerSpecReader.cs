using System.Globalization;
using System.Text.Json;

namespace Storyline.Evaluation.Figures;

/// <summary>
/// Reads Recognizers-Text spec files: one file, or every <c>*.json</c> under a folder. Cases that the spec marks as not
/// supported in .NET ("NotSupported" or "NotSupportedByDesign" naming dotnet) are left out, as the .NET recognisers
/// are not held to them either.
/// </summary>
public static class RecognizerSpecReader
{
    private static readonly IReadOnlyDictionary<string, string> LanguageCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "en",
        ["French"] = "fr",
        ["German"] = "de",
        ["Spanish"] = "es",
        ["Italian"] = "it",
        ["Dutch"] = "nl",
        ["Portuguese"] = "pt",
        ["Swedish"] = "sv",
        ["Chinese"] = "zh",
        ["Japanese"] = "ja",
        ["Korean"] = "ko",
        ["Hindi"] = "hi",
        ["Turkish"] = "tr",
        ["Arabic"] = "ar",
        ["Bulgarian"] = "bg",
    };

    /// <summary>Every case of every spec file under <paramref name="folder"/>, in path order.</summary>
    public static IReadOnlyList<RecognizerSpec> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(ReadFile)
            .ToArray();

    /// <summary>The supported cases of one spec file; the language comes from the folder that holds it.</summary>
    public static IReadOnlyList<RecognizerSpec> ReadFile(string path)
    {
        var model = Path.GetFileNameWithoutExtension(path);
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? "";
        var language = LanguageCodes.TryGetValue(folder, out var code) ? code : folder.ToLowerInvariant();

        // File.ReadAllText drops the UTF-8 byte-order mark the spec files start with.
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<RecognizerSpec>();
        var index = -1;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            index++;
            if (NotForDotnet(element, "NotSupported") || NotForDotnet(element, "NotSupportedByDesign"))
            {
                continue;
            }

            var input = element.TryGetProperty("Input", out var i) ? i.GetString() ?? "" : "";
            var results = element.TryGetProperty("Results", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Select(e => Result(e, language)).ToArray()
                : [];
            cases.Add(new RecognizerSpec(model, language, index, input, results));
        }

        return cases;
    }

    private static bool NotForDotnet(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ToString().Contains("dotnet", StringComparison.OrdinalIgnoreCase);

    private static RecognizerSpecResult Result(JsonElement e, string language)
    {
        string? value = null, unit = null;
        var resolution = e.TryGetProperty("Resolution", out var r) ? r : default;
        if (resolution.ValueKind == JsonValueKind.Object)
        {
            value = resolution.TryGetProperty("value", out var v) ? v.ToString() : null;
            unit = resolution.TryGetProperty("unit", out var u) ? u.ToString() : null;
        }

        return new RecognizerSpecResult(
            e.TryGetProperty("Text", out var t) ? t.GetString() ?? "" : "",
            e.TryGetProperty("TypeName", out var n) ? n.GetString() ?? "" : "",
            Number(value, language),
            unit,
            Position(e, resolution, "Start"),
            Position(e, resolution, "End"));
    }

    // A few cases carry Start and End inside Resolution instead of beside it (French NumberModel #269).
    private static int Position(JsonElement e, JsonElement resolution, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32()
        : resolution.ValueKind == JsonValueKind.Object && resolution.TryGetProperty(name, out p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32()
        : 0;

    /// <summary>A resolution value: English writes "0.5", the other languages their own decimal comma ("0,5", "1,2732E+15").</summary>
    public static double? Number(string? value, string language)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim().TrimEnd('%').Trim();
        if (language != "en")
        {
            text = text.Replace(',', '.');
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
