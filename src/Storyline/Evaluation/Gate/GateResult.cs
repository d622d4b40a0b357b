namespace Storyline.Evaluation.Gate;

/// <summary>A gate measured now: the value, and whether it holds (null when its data is absent here).</summary>
public sealed record GateResult(EvalGate Gate, double? Measured, string? DataHash, string? Problem)
{
    public bool Skipped => Measured is null;
}
