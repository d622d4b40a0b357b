using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Storyline.Duplicates;
using Storyline.Entities;
using Storyline.Figures;
using Storyline.Quotes;
using Storyline.Storage.Migrations;

namespace Storyline.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, schema brought up to date on open, each batch one transaction
/// (so a killed run leaves every committed batch whole and nothing half-written).
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private readonly SqliteConnection connection;

    // Existence checks run while a batch is being written; a second connection reads the last committed state (WAL).
    private SqliteConnection? readConnection;

    private SqliteArticleStore(SqliteConnection connection) => this.connection = connection;

    public string Path { get; private init; } = "";

    public static async Task<SqliteArticleStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var store = new SqliteArticleStore(connection) { Path = full };
        try
        {
            // WAL lets readers (serve, search) work while an ingest writes; NORMAL sync is durable at every checkpoint in WAL mode.
            // A 256 MB page cache (the default is 2 MB): filing a batch in the duplicate index dirties thousands of pages,
            // which a small cache spills to the WAL mid-transaction and reads back; memory is only taken as pages are used.
            await store.ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-262144;", cancellationToken).ConfigureAwait(false);
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            store.readConnection = new SqliteConnection(connection.ConnectionString);
            await store.readConnection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new InvalidDataException($"{full} is not a Storyline store: {e.Message}", e);
        }

        return store;
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlySet<string>> ExistingIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        // SQLite allows 32,766 parameters; batches are far smaller, but chunk anyway so any caller is safe.
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = (readConnection ?? connection).CreateCommand();
            var names = chunk.Select((id, i) => { command.Parameters.AddWithValue($"$p{i}", id); return $"$p{i}"; });
            command.CommandText = $"SELECT id FROM articles WHERE id IN ({string.Join(',', names)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found.Add(reader.GetString(0));
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<string>> AddAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var inserted = new List<string>(articles.Count);
        if (articles.Count == 0)
        {
            return inserted;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR IGNORE INTO articles
                (id, source, url, language, language_confidence, title, published, author, site_name, text, removed, foreign_spans, raw_hash, ingested_at, entities, figures, quotes)
            VALUES ($id, $source, $url, $language, $confidence, $title, $published, $author, $site, $text, $removed, $foreign, $raw, $at, $entities, $figures, $quotes)
            """;
        string[] names = ["$id", "$source", "$url", "$language", "$confidence", "$title", "$published", "$author", "$site", "$text", "$removed", "$foreign", "$raw", "$at", "$entities", "$figures", "$quotes"];
        var parameters = names.Select(n => command.Parameters.Add(n, SqliteType.Text)).ToArray();
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        foreach (var a in articles)
        {
            object?[] values =
            [
                a.Id, a.Source, a.Url, a.Language, a.LanguageConfidence, a.Title, a.Published?.ToString("O", CultureInfo.InvariantCulture),
                a.Author, a.SiteName, a.Text, StoredJson.Write(a.Removed), StoredJson.Write(a.ForeignSpans), a.RawHash, now,
                StoredJson.Write(a.Entities), StoredJson.Write(a.Figures), StoredJson.Write(a.Quotes),
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
            {
                inserted.Add(a.Id);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted;
    }

    public async IAsyncEnumerable<ArticleSummary> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, source, url, language, title, published, length(text) FROM articles ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new ArticleSummary(
                reader.GetString(0), reader.GetString(1), NullableString(reader, 2), reader.GetString(3), NullableString(reader, 4),
                ParseDate(NullableString(reader, 5)), reader.GetInt32(6));
        }
    }

    public async IAsyncEnumerable<ArticleEntities> ListEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, language, entities FROM articles WHERE entities IS NOT NULL ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new ArticleEntities(reader.GetString(0), reader.GetString(1), StoredJson.Read<List<Entity>>(reader.GetString(2)));
        }
    }

    public async IAsyncEnumerable<ArticleFigures> ListFiguresAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, language, published, figures FROM articles WHERE figures IS NOT NULL ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new ArticleFigures(
                reader.GetString(0), reader.GetString(1), ParseDate(NullableString(reader, 2)), StoredJson.Read<List<Figure>>(reader.GetString(3)));
        }
    }

    public async Task<Article?> GetAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ArticleColumns}
            FROM articles WHERE id >= $prefix AND id < $prefix || '~' ORDER BY id LIMIT 2
            """;
        command.Parameters.AddWithValue("$prefix", idOrPrefix.ToLowerInvariant());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<Article>(2);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(ReadArticle(reader));
        }

        return rows.Count switch
        {
            0 => null,
            1 => rows[0],
            _ when rows[0].Id == idOrPrefix => rows[0],
            _ => throw new AmbiguousIdException(idOrPrefix, rows.Count),
        };
    }

    public async Task<Article?> GetByRowAsync(long row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleColumns} FROM articles WHERE rowid = $row";
        command.Parameters.AddWithValue("$row", row);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadArticle(reader) : null;
    }

    public async Task<IReadOnlyList<(long Row, Article Article)>> UnindexedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ArticleColumns}, rowid FROM articles
            WHERE rowid > (SELECT indexed_through FROM duplicate_index WHERE id = 1) ORDER BY rowid LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<(long, Article)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add((reader.GetInt64(16), ReadArticle(reader)));
        }

        return list;
    }

    public async Task<IReadOnlyList<PrintMatch>> MatchPrintsAsync(IReadOnlyCollection<long> prints, int perPrint, CancellationToken cancellationToken)
    {
        var matches = new List<PrintMatch>();
        if (prints.Count == 0 || perPrint <= 0)
        {
            return matches;
        }

        // One statement for all prints (one prepare and step loop, not one command execution per print, which cost ~10 µs
        // each): per print, the latest perPrint articles are those at or after its perPrint-th latest, found by one bounded
        // index seek, so a print a thousand articles share still costs perPrint rows.
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.article, count(*) FROM json_each($prints) AS p
            JOIN duplicate_prints AS d ON d.print = p.value AND d.article >= ifnull(
                (SELECT article FROM duplicate_prints WHERE print = p.value ORDER BY article DESC LIMIT 1 OFFSET $skip), 0)
            GROUP BY d.article
            """;
        command.Parameters.AddWithValue("$prints", "[" + string.Join(',', prints.Select(p => p.ToString(CultureInfo.InvariantCulture))) + "]");
        command.Parameters.AddWithValue("$skip", perPrint - 1);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            matches.Add(new PrintMatch(reader.GetInt64(0), reader.GetInt32(1)));
        }

        return matches;
    }

    public async Task IndexAsync(IReadOnlyList<FiledArticle> filed, IReadOnlyList<Duplicate> pairs, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var prints = connection.CreateCommand();
        prints.Transaction = transaction;
        prints.CommandText = "INSERT OR IGNORE INTO duplicate_prints (print, article) VALUES ($print, $article)";
        var (print, article) = (prints.Parameters.Add("$print", SqliteType.Integer), prints.Parameters.Add("$article", SqliteType.Integer));
        foreach (var f in filed)
        {
            article.Value = f.Row;
            foreach (var p in f.Prints)
            {
                print.Value = p;
                await prints.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using var found = connection.CreateCommand();
        found.Transaction = transaction;
        found.CommandText = """
            INSERT OR REPLACE INTO duplicates (a, b, relation, similarity, first, passages)
            VALUES ($a, $b, $relation, $similarity, $first, $passages)
            """;
        string[] names = ["$a", "$b", "$relation", "$similarity", "$first", "$passages"];
        var parameters = names.Select(n => found.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var d in pairs)
        {
            object?[] values = [d.A, d.B, d.Relation.ToString().ToLowerInvariant(), d.Similarity, d.First, StoredJson.Write(d.Passages)];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await found.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (filed.Count > 0)
        {
            await using var mark = connection.CreateCommand();
            mark.Transaction = transaction;
            mark.CommandText = "UPDATE duplicate_index SET indexed_through = max(indexed_through, $row) WHERE id = 1";
            mark.Parameters.AddWithValue("$row", filed.Max(f => f.Row));
            await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Duplicate>> DuplicatesAsync(string? id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = id is null
            ? "SELECT a, b, relation, similarity, first, passages FROM duplicates ORDER BY rowid"
            : "SELECT a, b, relation, similarity, first, passages FROM duplicates WHERE a = $id OR b = $id ORDER BY rowid";
        command.Parameters.AddWithValue("$id", id ?? "");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Duplicate>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Duplicate(
                reader.GetString(0), reader.GetString(1), Enum.Parse<DuplicateRelation>(reader.GetString(2), ignoreCase: true), reader.GetDouble(3),
                StoredJson.Read<List<SharedPassage>>(reader.GetString(5)))
            { First = NullableString(reader, 4) });
        }

        return list;
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (readConnection is not null)
        {
            await readConnection.DisposeAsync().ConfigureAwait(false);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken).ConfigureAwait(false);
        var current = await SchemaVersionAsync(cancellationToken).ConfigureAwait(false);
        var latest = SqliteMigrations.Steps[^1].Version;
        if (current > latest)
        {
            throw new InvalidDataException($"store schema version {current} is newer than this Storyline ({latest}); upgrade Storyline");
        }

        foreach (var (version, description, sql) in SqliteMigrations.Steps.Where(s => s.Version > current))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql + ";\nINSERT INTO schema_migrations (version, description, applied_at) VALUES ($v, $d, $at);";
            command.Parameters.AddWithValue("$v", version);
            command.Parameters.AddWithValue("$d", description);
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private const string ArticleColumns =
        "id, source, url, language, language_confidence, title, published, author, site_name, text, removed, foreign_spans, raw_hash, entities, figures, quotes";

    private static Article ReadArticle(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Source = reader.GetString(1),
        Url = NullableString(reader, 2),
        Language = reader.GetString(3),
        LanguageConfidence = reader.GetDouble(4),
        Title = NullableString(reader, 5),
        Published = ParseDate(NullableString(reader, 6)),
        Author = NullableString(reader, 7),
        SiteName = NullableString(reader, 8),
        Text = reader.GetString(9),
        Removed = StoredJson.Read<List<RemovedSpan>>(reader.GetString(10)),
        ForeignSpans = StoredJson.Read<List<LanguageSpan>>(reader.GetString(11)),
        RawHash = reader.GetString(12),
        Entities = reader.IsDBNull(13) ? [] : StoredJson.Read<List<Entity>>(reader.GetString(13)),
        Figures = reader.IsDBNull(14) ? [] : StoredJson.Read<List<Figure>>(reader.GetString(14)),
        Quotes = reader.IsDBNull(15) ? [] : StoredJson.Read<List<Quote>>(reader.GetString(15)),
    };

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? ParseDate(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
