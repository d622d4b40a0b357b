using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Storyline.Tests;

namespace Storyline.Cli.Tests;

/// <summary>kill -9 in the middle of an ingest leaves a consistent store; the next run completes it with no duplicate and nothing lost.</summary>
public sealed class InterruptedRunTests : IDisposable
{
    private const int Records = 6000;
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task KilledRunIsCompletedByTheNextOne()
    {
        var ct = TestContext.Current.CancellationToken;
        WriteCorpus(folder.File("big.jsonl"));
        var db = folder.File("store.db");

        using (var process = Cli.Start(folder.Path, ["ingest", "big.jsonl", "--db", db]))
        {
            // Wait for the first committed batch, then kill without warning (SIGKILL: no handler runs).
            var stored = 0;
            for (var i = 0; i < 600 && stored == 0 && !process.HasExited; i++)
            {
                await Task.Delay(50, ct);
                stored = Count(db);
            }

            Assert.False(process.HasExited, "the run finished before it could be interrupted; make the corpus larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
        }

        var afterKill = Count(db);
        Assert.InRange(afterKill, 1, Records - 1);
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));

        var rerun = await Cli.RunAsync(folder.Path, null, "ingest", "big.jsonl", "--db", db, "--json");
        Assert.Equal(0, rerun.ExitCode);
        using var summary = JsonDocument.Parse(rerun.Stdout);
        Assert.Equal(Records - afterKill, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(afterKill, summary.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(Records, Count(db));
        Assert.Equal(Records.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar(db, "SELECT count(DISTINCT url) FROM articles"));
    }

    private static void WriteCorpus(string path)
    {
        string[] towns = ["Lyon", "Lille", "Nantes", "Rennes", "Dijon", "Metz", "Reims", "Tours"];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < Records; i++)
        {
            var town = towns[i % towns.Length];
            var text = $"Le conseil municipal de {town} a voté le budget numéro {i} mardi soir, après un long débat.\n\n"
                + $"Le maire a précisé que {i % 97} millions d'euros seront consacrés aux écoles et aux transports de la ville.\n\n"
                + "L'opposition a dénoncé une hausse des impôts locaux et annoncé un recours devant le tribunal administratif.";
            writer.WriteLine(JsonSerializer.Serialize(new { title = $"Budget {i} à {town}", text, url = $"https://mairies.example/{i}" }));
        }
    }

    private static int Count(string db) => File.Exists(db) ? int.Parse(Scalar(db, "SELECT count(*) FROM articles") ?? "0", System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static string? Scalar(string db, string sql)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // The writer is creating the schema right now; try again on the next poll.
            return null;
        }
    }
}
