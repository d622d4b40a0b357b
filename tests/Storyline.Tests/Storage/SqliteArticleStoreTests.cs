using Microsoft.Data.Sqlite;
using Storyline.Storage;
using Storyline.Storage.Sqlite;

namespace Storyline.Tests.Storage;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Article Sample(string id, string text = "Un texte.") => new()
    {
        Id = id,
        Source = "a.txt",
        Language = "fr",
        Text = text,
        RawHash = "00",
        Published = new DateTimeOffset(2025, 3, 4, 8, 30, 0, TimeSpan.FromHours(1)),
        Removed = [new RemovedSpan("Lire aussi : autre chose", "read-more")],
        ForeignSpans = [new LanguageSpan(0, 3, "en", 0.9)],
    };

    [Fact]
    public async Task RoundTripsEveryField()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await SqliteArticleStore.OpenAsync(folder.File("s.db"), ct);
        await store.AddAsync([Sample("abc123")], ct);
        var back = await store.GetAsync("abc123", ct);
        Assert.NotNull(back);
        Assert.Equal(Sample("abc123").Published, back.Published);
        Assert.Equal("read-more", Assert.Single(back.Removed).Reason);
        Assert.Equal("en", Assert.Single(back.ForeignSpans).Language);
    }

    [Fact]
    public async Task AddingTheSameIdTwiceKeepsOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await SqliteArticleStore.OpenAsync(folder.File("s.db"), ct);
        await store.AddAsync([Sample("a1")], ct);
        await store.AddAsync([Sample("a1", "Autre texte."), Sample("b2")], ct);
        Assert.Equal(2, await store.CountAsync(ct));
        Assert.Equal("Un texte.", (await store.GetAsync("a1", ct))!.Text);
        Assert.Equal(new HashSet<string> { "a1" }, await store.ExistingIdsAsync(["a1", "zz"], ct));
    }

    [Fact]
    public async Task PrefixFindsOneAndRefusesAmbiguity()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await SqliteArticleStore.OpenAsync(folder.File("s.db"), ct);
        await store.AddAsync([Sample("abc111"), Sample("abc222")], ct);
        Assert.Equal("abc111", (await store.GetAsync("abc1", ct))!.Id);
        await Assert.ThrowsAsync<AmbiguousIdException>(() => store.GetAsync("abc", ct));
        Assert.Null(await store.GetAsync("zzz", ct));
    }

    [Fact]
    public async Task SchemaIsVersionedAndWalIsOn()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = folder.File("s.db");
        await using (var store = await SqliteArticleStore.OpenAsync(path, ct))
        {
            Assert.Equal(Storyline.Storage.Migrations.SqliteMigrations.Steps[^1].Version, await store.SchemaVersionAsync(ct));
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(ct));
    }

    [Fact]
    public async Task ReopeningAppliesNoStepTwice()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = folder.File("s.db");
        await (await SqliteArticleStore.OpenAsync(path, ct)).DisposeAsync();
        await using var again = await SqliteArticleStore.OpenAsync(path, ct);
        Assert.Equal(0, await again.CountAsync(ct));
    }

    [Fact]
    public async Task AFileThatIsNotAStoreIsAClearError()
    {
        var path = folder.Write("not.db", "this is a text file, not SQLite, and it is long enough to have a header of sorts........");
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => SqliteArticleStore.OpenAsync(path, TestContext.Current.CancellationToken));
        Assert.Contains("is not a Storyline store", error.Message, StringComparison.Ordinal);
    }
}
