namespace Storyline.Tests;

/// <summary>Finds the repository (the folder with Storyline.slnx) and the shared labelled data beside it.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary><c>../shared/eval</c> next to the repository; may not exist (tests that need it skip).</summary>
    public static string SharedEval => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "eval"));

    public static string Cases(string stage) => Path.Combine(RepositoryRoot, "tests", "Storyline.Tests", "Cases", stage);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Storyline.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Storyline.slnx above {AppContext.BaseDirectory}");
    }
}
