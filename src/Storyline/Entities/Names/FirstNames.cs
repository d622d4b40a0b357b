using System.IO.Compression;
using System.Text;

namespace Storyline.Entities.Names;

/// <summary>
/// The gender first names usually carry (<c>common/names/first-names.tsv.br</c>, made by <c>scripts/build-first-names.sh</c>
/// from the npm package gender-detection-from-name, MIT, lists for en, de, es, it and tr): "Hillary" is a woman's, "Donald" a
/// man's. A name counts only where two lists or more give it and all agree: "Andrea" is a man's in Italian and a woman's
/// in English, and the lists have errors of their own (their French one, left out, makes Pierre a woman). A pronoun ("she",
/// "er", "elle") then prefers a person whose first name fits it.
/// </summary>
public sealed class FirstNames
{
    public const string Resource = "common/names/first-names.tsv.br";

    private static readonly Lazy<FirstNames> EmbeddedInstance = new(LoadEmbedded);

    // name → 'f' or 'm', for the names two lists or more agree on.
    private readonly Dictionary<string, char> genders;

    // Every name of any list, gender or not.
    private readonly HashSet<string> listed;

    private FirstNames(Dictionary<string, char> genders, HashSet<string> listed) => (this.genders, this.listed) = (genders, listed);

    public static FirstNames Embedded => EmbeddedInstance.Value;

    /// <summary>'f', 'm', or null when the name is unknown, in one list only, or the lists disagree.</summary>
    public char? GenderOf(string firstName) =>
        genders.TryGetValue(firstName.ToLowerInvariant(), out var gender) || (Accented(firstName) && genders.TryGetValue(NameFolding.Fold(firstName), out gender))
            ? gender
            : null;

    /// <summary>Whether any list gives the name, whatever gender ("Rüdiger", in the German list only; "Andrea").</summary>
    public bool Listed(string firstName) =>
        listed.Contains(firstName.ToLowerInvariant()) || (Accented(firstName) && listed.Contains(NameFolding.Fold(firstName)));

    // The lists write most names without their accents ("Maria", "Encarnacion", "Rocio"): an accented name the lists
    // lack is looked up without them too ("María", "Encarnación", "Rocío").
    private static bool Accented(string name) => !System.Text.Ascii.IsValid(name);

    /// <summary>Reads lines "language TAB name TAB f|m".</summary>
    public static FirstNames Read(TextReader reader)
    {
        var seen = new Dictionary<string, (char Gender, int Lists, bool Disagree)>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[2] is not ("f" or "m"))
            {
                continue;
            }

            var (name, gender) = (fields[1], fields[2][0]);
            seen[name] = seen.TryGetValue(name, out var before)
                ? (gender, before.Lists + 1, before.Disagree || before.Gender != gender)
                : (gender, 1, false);
        }

        return new FirstNames(
            seen.Where(p => p.Value.Lists >= 2 && !p.Value.Disagree).ToDictionary(p => p.Key, p => p.Value.Gender, StringComparer.Ordinal),
            seen.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static FirstNames LoadEmbedded()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The first names ({Resource}) are not embedded in this build; make them with scripts/build-first-names.sh.");
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return Read(reader);
    }
}
