namespace Storyline.Tests.Evaluation;

/// <summary>
/// The labelled data in <c>../shared/eval</c> next to the repository (never copied into it: licences forbid).
/// Tests that need it skip with a message where it is absent.
/// </summary>
internal static class SharedEvalData
{
    /// <summary>The full path of a file or folder under shared/eval; skips the calling test when it is absent.</summary>
    public static string RequirePath(string relative) => TestPaths.RequireShared(Path.Combine(TestPaths.Eval, relative));
}
