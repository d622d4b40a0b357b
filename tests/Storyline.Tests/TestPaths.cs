namespace Storyline.Tests;

/// <summary>Finds the repository root and the shared materials beside it (seeds, eval), which CI places at <c>../shared</c>.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Eval => Path.Combine(Shared, "eval");

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    /// <summary><c>../shared/eval</c> next to the repository; may not exist (tests that need it skip).</summary>
    public static string SharedEval => Eval;

    public static string Cases(string stage) => Path.Combine(RepositoryRoot, "tests", "Storyline.Tests", "Cases", stage);

    /// <summary>Skips the calling test, with a message, when a shared folder is absent.</summary>
    public static string RequireShared(string path)
    {
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            Assert.Skip($"shared material not found at {path}; place the shared folder beside the repository to run this test");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Storyline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Storyline.slnx not found above " + AppContext.BaseDirectory);
    }
}
