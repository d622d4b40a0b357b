using System.Text.Json;

namespace Storyline.Throughput.Corpus;

/// <summary>One language's words, sentence templates and site furniture for the generator, read from an embedded JSON file.</summary>
public sealed record LanguageVocabulary
{
    /// <summary>The languages the generator writes; each has an embedded <c>xx.json</c>.</summary>
    public static readonly IReadOnlyList<string> Codes = ["fr", "de", "en", "es", "it"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public required string Code { get; init; }

    public required IReadOnlyList<string> Subjects { get; init; }

    public required IReadOnlyList<string> Verbs { get; init; }

    public required IReadOnlyList<string> Objects { get; init; }

    public required IReadOnlyList<string> Places { get; init; }

    public required IReadOnlyList<string> Times { get; init; }

    public required IReadOnlyList<string> Connectors { get; init; }

    public required IReadOnlyList<string> Persons { get; init; }

    public required IReadOnlyList<string> Cities { get; init; }

    public required IReadOnlyList<string> Templates { get; init; }

    public required IReadOnlyList<string> Headlines { get; init; }

    public required IReadOnlyList<string> Months { get; init; }

    public required string Dateline { get; init; }

    public required string ReadMore { get; init; }

    public required string Share { get; init; }

    public required string Previous { get; init; }

    public required string Next { get; init; }

    public required IReadOnlyList<string> Sites { get; init; }

    /// <summary>Menu sections for generated site chrome.</summary>
    public required IReadOnlyList<string> Sections { get; init; }

    public required string Cookie { get; init; }

    public required string Accept { get; init; }

    public required string MostRead { get; init; }

    public static IReadOnlyList<LanguageVocabulary> LoadAll() => Codes.Select(Load).ToList();

    public static LanguageVocabulary Load(string code)
    {
        var name = code + ".json";
        using var stream = typeof(LanguageVocabulary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"vocabulary resource {name} is not embedded");
        var vocabulary = JsonSerializer.Deserialize<LanguageVocabulary>(stream, Json)
            ?? throw new InvalidDataException($"vocabulary resource {name} is empty");
        return vocabulary.Code == code ? vocabulary : throw new InvalidDataException($"vocabulary resource {name} declares code {vocabulary.Code}");
    }
}
