using System.CommandLine;
using Storyline.Storage;
using Storyline.Storage.Sqlite;

namespace Storyline.Cli;

/// <summary>Opens the store the command line names.</summary>
public static class StoreFactory
{
    public static async Task<IArticleStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (parse.GetValue(GlobalOptions.Store) is { Length: > 0 } store)
        {
            throw new NotSupportedException($"PostgreSQL stores are not available in this version (--store {Redact(store)}); use --db PATH");
        }

        return await SqliteArticleStore.OpenAsync(GlobalOptions.DbPath(parse), cancellationToken);
    }

    private static string Redact(string connection) => connection.Contains("password", StringComparison.OrdinalIgnoreCase) ? "<connection string>" : connection;
}
