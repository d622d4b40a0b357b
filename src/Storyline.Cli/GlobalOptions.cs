using System.CommandLine;

namespace Storyline.Cli;

/// <summary>Options every command takes: where the store is, and whether to print JSON.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "SQLite store file (default: $STORYLINE_DB, else storyline.db in the current folder)",
        Recursive = true,
    };

    public static readonly Option<string?> Store = new("--store")
    {
        Description = "a store connection: postgres://... or a Npgsql connection string (default: the SQLite file)",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "print one JSON document on stdout",
        Recursive = true,
    };

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(Db);
        root.Options.Add(Store);
        root.Options.Add(Json);
    }

    public static string DbPath(ParseResult parse)
    {
        if (parse.GetValue(Db) is { Length: > 0 } path)
        {
            return path;
        }

        return Environment.GetEnvironmentVariable("STORYLINE_DB") is { Length: > 0 } env ? env : "storyline.db";
    }
}
