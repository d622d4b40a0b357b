namespace Storyline.Tests.Evaluation;

/// <summary>
/// Finds the labelled data in <c>../shared/eval</c> next to the repository (never copied into it: licences forbid).
/// Tests that need it skip with a message where it is absent.
/// </summary>
internal static class SharedEvalData
{
    public static string? Root { get; } = Find();

    /// <summary>The full path of a file or folder under shared/eval; skips the calling test when it is absent.</summary>
    public static string RequirePath(string relative)
    {
        var path = Root is null ? null : Path.Combine(Root, relative);
        if (path is null || !File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"Labelled data shared/eval/{relative} not found next to the repository; skipping.");
        }

        return path!;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Storyline.slnx")))
            {
                var eval = Path.Combine(dir.FullName, "..", "shared", "eval");
                return Directory.Exists(eval) ? Path.GetFullPath(eval) : null;
            }
        }

        return null;
    }
}
