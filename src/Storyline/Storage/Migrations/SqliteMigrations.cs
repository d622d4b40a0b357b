namespace Storyline.Storage.Migrations;

/// <summary>
/// The SQLite schema, one numbered step at a time. A step is never edited once released: a change is a new step,
/// so a store made by any earlier version is brought up to date in place.
/// </summary>
public static class SqliteMigrations
{
    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> Steps =
    [
        (1, "articles", """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                url TEXT,
                language TEXT NOT NULL,
                language_confidence REAL NOT NULL,
                title TEXT,
                published TEXT,
                author TEXT,
                site_name TEXT,
                text TEXT NOT NULL,
                removed TEXT NOT NULL,
                foreign_spans TEXT NOT NULL,
                raw_hash TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX articles_language ON articles(language);
            CREATE INDEX articles_published ON articles(published);
            """),
        (2, "entities per article (null: stored before entities were recognised)", """
            ALTER TABLE articles ADD COLUMN entities TEXT;
            """),
        (3, "figures per article (null: stored before figures were read)", """
            ALTER TABLE articles ADD COLUMN figures TEXT;
            """),
        (4, "quotes per article (null: stored before quotes were read)", """
            ALTER TABLE articles ADD COLUMN quotes TEXT;
            """),
        (5, "duplicate index: prints (keys) per article, pairs found, and how far the index has read the articles", """
            CREATE TABLE duplicate_prints (
                print INTEGER NOT NULL,
                article INTEGER NOT NULL,
                PRIMARY KEY (print, article)
            ) WITHOUT ROWID;
            CREATE TABLE duplicates (
                a TEXT NOT NULL,
                b TEXT NOT NULL,
                relation TEXT NOT NULL,
                similarity REAL NOT NULL,
                first TEXT,
                passages TEXT NOT NULL,
                PRIMARY KEY (a, b)
            );
            CREATE INDEX duplicates_b ON duplicates(b);
            CREATE TABLE duplicate_index (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_through INTEGER NOT NULL);
            INSERT INTO duplicate_index (id, indexed_through) VALUES (1, 0);
            """),
    ];
}
