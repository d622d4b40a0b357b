namespace Storyline.Tests.Storage;

/// <summary>A store file made to look as an older version left it, so that the next open migrates it again.</summary>
internal static class OlderStore
{
    /// <summary>Forgets the migration steps from <paramref name="version"/> on, after running <paramref name="sql"/> (the data as it was), if any.</summary>
    public static async Task RollBackAsync(string file, int version, CancellationToken ct, string? sql = null)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = (sql is null ? "" : sql + ";\n") + "DELETE FROM schema_migrations WHERE version >= $version";
        command.Parameters.AddWithValue("$version", version);
        await command.ExecuteNonQueryAsync(ct);
    }
}
