namespace Storyline;

/// <summary>A document that could not be read, with where and why; reported beside the successes, never thrown.</summary>
public sealed record IngestFailure(string Source, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{Source}:{line}: {Reason}" : $"{Source}: {Reason}";
}
