using System.Security.Cryptography;
using System.Text;

namespace Storyline.Dictionaries;

/// <summary>
/// A language's concept table (<see cref="BilingualDictionaries"/>), kept on disk once built: reading and stemming the
/// German–English dictionary takes seconds, and every <c>story ID</c> or <c>quotes</c> run would pay them again. The
/// file is named by a hash of the dictionary files read (their names, sizes and times) and of <see cref="Format"/>, so an
/// upgraded package or a new way of reading them builds a new table rather than trusting an old one. It lives in the
/// user's cache folder (<c>STORYLINE_CACHE</c>, else <c>$XDG_CACHE_HOME/storyline</c>, else <c>~/.cache/storyline</c>);
/// a damaged or unwritable cache only costs the time to build the table again.
/// </summary>
public sealed class ConceptCache(string folder)
{
    public const string FolderVariable = "STORYLINE_CACHE";

    /// <summary>
    /// Raise it when what goes into a table changes (the dictd reading, stemming, <see cref="BilingualDictionaries.ShortestWord"/>,
    /// <see cref="BilingualDictionaries.MostConcepts"/>, the concept hash): tables of an older format are then not read.
    /// </summary>
    public const int Format = 2;

    private static readonly byte[] Magic = "SLCONCPT"u8.ToArray();

    public string Folder { get; } = folder;

    /// <summary>The user's cache folder, or null where the machine names none (no HOME).</summary>
    public static ConceptCache? ForUser()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } own ? own
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "storyline")
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache", "storyline")
            : null;
        return folder is null ? null : new ConceptCache(Path.Combine(folder, "dictionaries"));
    }

    /// <summary>The file that holds the table built for this language from these dictionary files.</summary>
    public string PathOf(string language, IEnumerable<string> files)
    {
        var key = new StringBuilder().Append(Format).Append('|').Append(language);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            key.Append('|').Append(info.FullName).Append('|').Append(info.Exists ? info.Length : -1).Append('|').Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())).AsSpan(0, 8));
        return Path.Combine(Folder, $"{language}-{hash}.bin");
    }

    /// <summary>The table kept at <paramref name="path"/>, or null where there is none or it cannot be read whole.</summary>
    public static Dictionary<string, ulong[]>? Read(string path)
    {
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Format)
            {
                return null;
            }

            var count = reader.ReadInt32();
            var table = new Dictionary<string, ulong[]>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var word = reader.ReadString();
                var concepts = new ulong[reader.ReadByte()];
                for (var c = 0; c < concepts.Length; c++)
                {
                    concepts[c] = reader.ReadUInt64();
                }

                table[word] = concepts;
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? table : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Keeps the table at <paramref name="path"/>: written aside and moved in, so a reader never sees half of it.</summary>
    public static void Write(string path, IReadOnlyDictionary<string, ulong[]> table)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(Format);
                writer.Write(table.Count);
                foreach (var (word, concepts) in table)
                {
                    writer.Write(word);
                    writer.Write((byte)concepts.Length);
                    foreach (var concept in concepts)
                    {
                        writer.Write(concept);
                    }
                }
            }

            File.Move(temporary, path, overwrite: true);
            RemoveOlder(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard(temporary);
        }
    }

    // Tables of the same language built from dictionaries since upgraded or removed: nothing names their files any more.
    private static void RemoveOlder(string path)
    {
        var name = Path.GetFileName(path);
        var language = name[..name.LastIndexOf('-')];
        foreach (var older in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, language + "-*.bin"))
        {
            if (!string.Equals(older, path, StringComparison.Ordinal))
            {
                Discard(older);
            }
        }
    }

    // A file left behind only costs space: the next run builds what it needs again.
    private static void Discard(string file)
    {
        try
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warning: could not remove {file}: {e.Message}");
        }
    }
}
