using System.Text.Json;
using System.Text.Json.Serialization;

namespace Storyline.Evaluation.Gate;

/// <summary>
/// <c>eval/baseline.json</c>: the pinned floors. A measurement below its floor minus <see cref="Epsilon"/> fails the tests;
/// re-pinning raises floors and refuses to lower one unless asked to (as trafilatura's <c>tests/eval_gate.py</c>).
/// </summary>
public sealed record EvalBaseline
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Measurement noise allowed below a floor: one flipped snippet or article must not fail the build.</summary>
    public double Epsilon { get; init; } = 0.002;

    public IReadOnlyList<EvalGate> Gates { get; init; } = [];

    public static EvalBaseline Load(string path)
    {
        var baseline = JsonSerializer.Deserialize<EvalBaseline>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: empty baseline");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var gate in baseline.Gates)
        {
            if (!names.Add(gate.Name))
            {
                throw new InvalidDataException($"{path}: gate '{gate.Name}' appears twice");
            }

            if (gate.Floor is < 0 or > 1)
            {
                throw new InvalidDataException($"{path}: gate '{gate.Name}' has floor {gate.Floor} outside [0, 1]");
            }
        }

        return baseline;
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}
