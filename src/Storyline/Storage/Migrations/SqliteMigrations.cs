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
        (6, "stories: each story's terms and dates, articles' stories, postings by term, term counts, merges, how far assignment has read", """
            CREATE TABLE stories (
                id INTEGER PRIMARY KEY,
                merged_into INTEGER,
                first_seen TEXT,
                last_seen TEXT,
                size INTEGER NOT NULL,
                languages TEXT NOT NULL,
                terms TEXT NOT NULL
            );
            CREATE TABLE story_articles (
                article TEXT PRIMARY KEY,
                story INTEGER NOT NULL,
                score REAL NOT NULL,
                started INTEGER NOT NULL,
                row INTEGER NOT NULL
            );
            CREATE INDEX story_articles_story ON story_articles(story);
            CREATE TABLE story_postings (term TEXT NOT NULL, story INTEGER NOT NULL, PRIMARY KEY (term, story)) WITHOUT ROWID;
            CREATE TABLE story_term_counts (term TEXT PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TABLE story_merges (story INTEGER NOT NULL, into_story INTEGER NOT NULL, article TEXT NOT NULL);
            CREATE TABLE story_index (id INTEGER PRIMARY KEY CHECK (id = 1), assigned_through INTEGER NOT NULL, articles INTEGER NOT NULL);
            INSERT INTO story_index (id, assigned_through, articles) VALUES (1, 0, 0);
            """),
        (7, "duplicate index rebuilt: anchors keyed by a figure's value alone", DuplicatesRebuilt),
        (8, "stories rebuilt: their words are the stems of every word of five letters or more, names among them, and pairs of characters in scripts written without spaces", StoriesRebuilt),
        (9, "duplicate index rebuilt: a place named only inside a sum of money (US-Dollar) is no anchor", DuplicatesRebuilt),
        (10, "stories rebuilt: an article with few names is filed under its keywords too, so that such an article finds its story", StoriesRebuilt),
    ];

    // The derived indexes, emptied for the next update to build again from the stored articles when their rules change.
    private const string DuplicatesRebuilt = """
        DELETE FROM duplicate_prints;
        DELETE FROM duplicates;
        UPDATE duplicate_index SET indexed_through = 0;
        """;

    private const string StoriesRebuilt = """
        DELETE FROM stories;
        DELETE FROM story_articles;
        DELETE FROM story_postings;
        DELETE FROM story_term_counts;
        DELETE FROM story_merges;
        UPDATE story_index SET assigned_through = 0, articles = 0;
        """;
}
