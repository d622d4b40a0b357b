using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Storyline.Duplicates;
using Storyline.Entities;
using Storyline.Figures;
using Storyline.Quotes;
using Storyline.Storage.Migrations;
using Storyline.Stories;

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
            // Reads through a memory map of up to 2 GB: the index's lookups read pages in place instead of one read() call
            // each (measured at 100,000 articles: lookup CPU 174 → 137 µs/article); the mapped pages are the OS's file cache.
            await store.ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-262144; PRAGMA mmap_size=2147483648;", cancellationToken).ConfigureAwait(false);
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

    public Task<IReadOnlyList<(long Row, Article Article)>> UnindexedAsync(long after, int limit, CancellationToken cancellationToken) =>
        ArticlesAfterAsync($"SELECT max(indexed_through, {after.ToString(CultureInfo.InvariantCulture)}) FROM duplicate_index WHERE id = 1", limit, cancellationToken);

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

    public Task<IReadOnlyList<(long Row, Article Article)>> UnassignedAsync(int limit, CancellationToken cancellationToken) =>
        ArticlesAfterAsync("SELECT assigned_through FROM story_index WHERE id = 1", limit, cancellationToken);

    public async Task<StoryContext> StoryContextAsync(
        IReadOnlyCollection<string> terms, IReadOnlyCollection<string> lookup, IReadOnlyCollection<string> articles, int perTerm, CancellationToken cancellationToken)
    {
        var assigned = Convert.ToInt32(await ScalarAsync("SELECT articles FROM story_index WHERE id = 1", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var nextId = Convert.ToInt32(await ScalarAsync("SELECT COALESCE(MAX(id), 0) + 1 FROM stories", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        // One statement each for all the batch's terms (thousands: every word stem is counted), not one execution per term,
        // which cost ~10 µs each. Per term, its latest perTerm stories are those at or after its perTerm-th latest, found by
        // one bounded index seek, so a term every story names still costs perTerm rows.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT c.term, c.articles FROM json_each($terms) AS t JOIN story_term_counts AS c ON c.term = t.value";
            count.Parameters.AddWithValue("$terms", StoredJson.Write(terms));
            await using var reader = await count.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        await using (var posting = connection.CreateCommand())
        {
            posting.CommandText = """
                SELECT p.term, p.story FROM json_each($terms) AS t
                JOIN story_postings AS p ON p.term = t.value AND p.story >= ifnull(
                    (SELECT story FROM story_postings WHERE term = t.value ORDER BY story DESC LIMIT 1 OFFSET $skip), 0)
                """;
            posting.Parameters.AddWithValue("$terms", StoredJson.Write(lookup));
            posting.Parameters.AddWithValue("$skip", perTerm - 1);
            await using var reader = await posting.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var term = reader.GetString(0);
                (postings.TryGetValue(term, out var list) ? list : postings[term] = []).Add(reader.GetInt32(1));
            }
        }

        foreach (var list in postings.Values)
        {
            list.Sort();
        }

        var assignments = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var story = connection.CreateCommand())
        {
            story.CommandText = "SELECT story FROM story_articles WHERE article = $article";
            var article = story.Parameters.Add("$article", SqliteType.Text);
            foreach (var id in articles)
            {
                article.Value = id;
                if (await story.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long s)
                {
                    assignments[id] = (int)s;
                }
            }
        }

        return new StoryContext(assigned, nextId, postings, counts, assignments);
    }

    public async Task<IReadOnlyList<StoryState>> StoriesAsync(IReadOnlyCollection<int> ids, IReadOnlyDictionary<int, StoryState>? known, CancellationToken cancellationToken)
    {
        // These stories, and every story they were merged into. The terms (kilobytes of JSON, on overflow pages) are read
        // only when the known story's size is not the stored one.
        var stories = new Dictionary<int, StoryState>();
        var pending = new Queue<int>(ids.Distinct());
        await using (var load = connection.CreateCommand())
        {
            load.CommandText = "SELECT merged_into, first_seen, last_seen, size, CASE WHEN size = $size THEN NULL ELSE terms END, languages FROM stories WHERE id = $id";
            var id = load.Parameters.Add("$id", SqliteType.Integer);
            var size = load.Parameters.Add("$size", SqliteType.Integer);
            while (pending.TryDequeue(out var next))
            {
                if (stories.ContainsKey(next))
                {
                    continue;
                }

                var kept = known?.GetValueOrDefault(next);
                id.Value = next;
                size.Value = kept?.Size ?? -1;
                await using var reader = await load.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                int? mergedInto = reader.IsDBNull(0) ? null : reader.GetInt32(0);
                var state = kept is not null && reader.IsDBNull(4) && kept.MergedInto == mergedInto ? kept : new StoryState(next)
                {
                    MergedInto = mergedInto,
                    First = ParseDate(NullableString(reader, 1)),
                    Last = ParseDate(NullableString(reader, 2)),
                    Size = reader.GetInt32(3),
                    Terms = StoredJson.Read<Dictionary<string, double>>(reader.IsDBNull(4) ? (await TermsAsync(next, cancellationToken).ConfigureAwait(false)) : reader.GetString(4)),
                    Languages = reader.GetString(5).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
                };
                stories[next] = state;
                if (state.MergedInto is { } into)
                {
                    pending.Enqueue(into);
                }
            }
        }

        return stories.Values.ToList();
    }

    // A known story of the stored size whose merge differs (another writer merged it): its terms after all.
    private async Task<string> TermsAsync(int story, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT terms FROM stories WHERE id = $id";
        command.Parameters.AddWithValue("$id", story);
        return (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task SaveStoriesAsync(StoryBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        async Task RunAsync(string sql, IEnumerable<object?[]> rows)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            List<SqliteParameter>? parameters = null;
            foreach (var row in rows)
            {
                parameters ??= row.Select((_, i) => command.Parameters.Add($"$p{i}", SqliteType.Text)).ToList();
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i] ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        static string? Date(DateTimeOffset? d) => d?.ToString("O", CultureInfo.InvariantCulture);
        await RunAsync(
            "INSERT OR REPLACE INTO stories (id, merged_into, first_seen, last_seen, size, terms, languages) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)",
            batch.Stories.Select(s => new object?[]
            {
                s.Id, s.MergedInto, Date(s.First), Date(s.Last), s.Size, StoredJson.Write(s.Terms), string.Join(' ', s.Languages.Order(StringComparer.Ordinal)),
            })).ConfigureAwait(false);
        await RunAsync(
            "INSERT OR REPLACE INTO story_articles (article, story, score, started, row) VALUES ($p0, $p1, $p2, $p3, (SELECT rowid FROM articles WHERE id = $p0))",
            batch.Decisions.Select(d => new object?[] { d.ArticleId, d.Story, d.Score, d.Started ? 1 : 0 })).ConfigureAwait(false);
        await RunAsync(
            "INSERT INTO story_merges (story, into_story, article) VALUES ($p0, $p1, $p2)",
            batch.Decisions.Where(d => d.Merged is not null).Select(d => new object?[] { d.Merged, d.Story, d.ArticleId })).ConfigureAwait(false);
        // The newest first: a merge keeps the older id, so when a batch merges A into B and B into C, A's articles reach C.
        await RunAsync(
            "UPDATE story_articles SET story = $p1 WHERE story = $p0",
            batch.Stories.Where(s => s.MergedInto is not null).OrderByDescending(s => s.Id).Select(s => new object?[] { s.Id, s.MergedInto })).ConfigureAwait(false);
        // A batch's postings (thousands) in one statement, as its term counts below, not one execution per posting.
        await RunAsync(
            "INSERT OR IGNORE INTO story_postings (term, story) SELECT value ->> 0, value ->> 1 FROM json_each($p0)",
            [[StoredJson.Write(batch.Postings.Select(p => new object[] { p.Term, p.Story }))]]).ConfigureAwait(false);
        // The batch's term counts (thousands of terms) in one statement, not one execution per term.
        await RunAsync(
            """
            INSERT INTO story_term_counts (term, articles) SELECT key, value FROM json_each($p0) WHERE true
            ON CONFLICT(term) DO UPDATE SET articles = articles + excluded.articles
            """,
            [[StoredJson.Write(batch.TermCounts)]]).ConfigureAwait(false);
        await RunAsync(
            "UPDATE story_index SET assigned_through = max(assigned_through, $p0), articles = articles + $p1 WHERE id = 1",
            [[batch.Through, batch.Decisions.Count]]).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoryListing>> ListStoriesAsync(CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sa.story, a.id, a.language, a.title, a.published, a.ingested_at
            FROM story_articles sa JOIN articles a ON a.id = sa.article
            ORDER BY sa.story DESC, sa.row
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(int Story, string Id, string Language, string? Title, DateTimeOffset? Published, DateTimeOffset? Ingested)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetString(2), NullableString(reader, 3), ParseDate(NullableString(reader, 4)),
                ParseDate(NullableString(reader, 5))));
        }

        // A story is dated by its articles' publication dates; when an undated article was ingested says nothing of when
        // its news happened, so ingest times date only a story none of whose articles is dated. It is named by its first
        // report, the earliest dated article with a title: a folder's files are stored by name, and the first stored of the
        // sample corpus's funding round was the one recall report that joined it.
        return rows.GroupBy(r => r.Story).Select(g =>
        {
            var dates = g.Any(r => r.Published is not null) ? g.Select(r => r.Published) : g.Select(r => r.Ingested);
            return new StoryListing(
                g.Key,
                g.Where(r => r.Title is not null).OrderBy(r => r.Published ?? DateTimeOffset.MaxValue).Select(r => r.Title).FirstOrDefault(),
                g.Select(r => r.Id).ToList(),
                g.Select(r => r.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                dates.Min(),
                dates.Max());
        }).ToList();
    }

    // Articles after the row a stage has read through (its watermark query), in arrival order, with their rows.
    private async Task<IReadOnlyList<(long Row, Article Article)>> ArticlesAfterAsync(string watermark, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleColumns}, rowid FROM articles WHERE rowid > ({watermark}) ORDER BY rowid LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<(long, Article)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add((reader.GetInt64(16), ReadArticle(reader)));
        }

        return list;
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
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
