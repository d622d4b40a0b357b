using Storyline.Evaluation.Gate;
using Storyline.Tests.Text;

namespace Storyline.Tests.Evaluation.Gate;

/// <summary>
/// The quality gate: every floor pinned in <c>eval/baseline.json</c> holds, on the data it was pinned on.
/// Re-pin with <c>storyline eval gate --pin</c> (it refuses to lower a floor without <c>--allow-regression</c>).
/// </summary>
public sealed class EvalGateTests
{
    private static readonly string BaselinePath = Path.Combine(TestPaths.RepositoryRoot, "eval", "baseline.json");

    // One runner for all gates: gates on the same data share one evaluation.
    private static readonly Lazy<GateRunner> Runner = new(() => new GateRunner(TestPaths.RepositoryRoot, SharedPipeline.Create(), SharedLanguageIdentifier.Instance));

    public static TheoryData<string> Gates => [.. EvalBaseline.Load(BaselinePath).Gates.Select(g => g.Name)];

    [Theory]
    [MemberData(nameof(Gates))]
    public void GateHolds(string name)
    {
        var baseline = EvalBaseline.Load(BaselinePath);
        var gate = baseline.Gates.Single(g => g.Name == name);
        var result = Runner.Value.Measure(gate);
        if (result.Skipped)
        {
            Assert.Skip($"gate {name}: {result.Problem}");
        }

        Assert.True(gate.Sha256 is null || gate.Sha256 == result.DataHash, $"gate {name}: its data changed since it was pinned; check the scores and re-pin");
        Assert.True(result.Measured >= gate.Floor - baseline.Epsilon, $"gate {name}: {gate.Metric} {result.Measured:0.0000} is below the floor {gate.Floor:0.0000}");
    }

    [Fact]
    // A floor is a pinned measurement, never the 0 a new gate starts with; some are low (NER on 19th-century OCR text).
    public void EveryGateIsPinned() => Assert.All(EvalBaseline.Load(BaselinePath).Gates, g => Assert.True(g.Floor > 0.1, $"{g.Name} has no real floor"));

    [Fact]
    public void BaselineRejectsDuplicateNames()
    {
        using var folder = new TempFolder();
        var path = folder.Write("b.json", """{"gates": [{"name": "a", "task": "language", "data": "x", "metric": "accuracy", "floor": 0.9}, {"name": "a", "task": "language", "data": "y", "metric": "accuracy", "floor": 0.9}]}""");
        Assert.Throws<InvalidDataException>(() => EvalBaseline.Load(path));
    }

    [Fact]
    public void FingerprintSeesAChangedFile()
    {
        using var folder = new TempFolder();
        folder.Write("g/a.jsonl", "one");
        var before = DataFingerprint.Of(folder.File("g"));
        folder.Write("g/a.jsonl", "two");
        Assert.NotEqual(before, DataFingerprint.Of(folder.File("g")));
    }
}
