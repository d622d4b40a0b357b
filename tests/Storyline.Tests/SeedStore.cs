using Storyline.Ingest;
using Storyline.Storage.Sqlite;

namespace Storyline.Tests;

/// <summary>
/// The five shared seed articles ingested into a fresh SQLite file, as <c>storyline ingest ../shared/seeds</c> does; the
/// test skips with a message where the shared folder is absent. Disposing closes the store and deletes the folder.
/// </summary>
public sealed class SeedStore : IAsyncDisposable
{
    private readonly TempFolder folder;

    private SeedStore(TempFolder folder, SqliteArticleStore store, Pipeline pipeline, IngestSummary first)
    {
        (this.folder, Store, Pipeline, First) = (folder, store, pipeline, first);
    }

    public SqliteArticleStore Store { get; }

    public Pipeline Pipeline { get; }

    /// <summary>What the ingest of the seeds did.</summary>
    public IngestSummary First { get; }

    public static async Task<SeedStore> OpenAsync(CancellationToken ct)
    {
        var folder = new TempFolder();
        var store = await SqliteArticleStore.OpenAsync(folder.File("seeds.db"), ct);
        var pipeline = SharedPipeline.Create();
        return new SeedStore(folder, store, pipeline, await IngestAsync(pipeline, store, ct));
    }

    /// <summary>Ingests the seeds again into the same store.</summary>
    public Task<IngestSummary> IngestAgainAsync(CancellationToken ct) => IngestAsync(Pipeline, Store, ct);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        folder.Dispose();
    }

    private static Task<IngestSummary> IngestAsync(Pipeline pipeline, SqliteArticleStore store, CancellationToken ct) =>
        pipeline.RunAsync(new InputWalker(pipeline.Options.Ingest).Walk([TestPaths.RequireShared(TestPaths.Seeds)]), store, null, ct);
}
