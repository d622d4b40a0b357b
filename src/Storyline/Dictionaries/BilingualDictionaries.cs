using System.Collections.Concurrent;
using System.Globalization;
using Storyline.Duplicates;

namespace Storyline.Dictionaries;

/// <summary>
/// Words across languages through the bilingual dictionaries installed on the machine (Debian's dict-freedict-* packages
/// put them in <c>/usr/share/dictd</c>; <c>STORYLINE_DICTIONARIES</c> names another folder). Their licences (GPL, CC BY-SA)
/// let them be read where installed, not copied into the project, so nothing of them is committed and without them this
/// class knows no translations. A word's concepts are its own stem and the stems of its translations, each tagged with
/// its language: two words of two languages translate each other when their concepts meet, directly ("bureaux" gives
/// deu:buro, which German "Büro" is) or through a third language (both give eng:offic). Each language's words are loaded
/// on first use, from every dictionary that has it on either side: a dictionary gives its headwords their translations;
/// where only the other direction is installed, that one is read backwards, so that the language reaches a third through it.
/// </summary>
public sealed class BilingualDictionaries
{
    public const string DefaultFolder = "/usr/share/dictd";

    public const string FolderVariable = "STORYLINE_DICTIONARIES";

    /// <summary>Words this short are function words in every language ("die", "les", "the") and translate to anything.</summary>
    public const int ShortestWord = 4;

    /// <summary>
    /// A word keeps its first translations into each language, where the dictionaries list the common senses ("Gewinn":
    /// return, earnings, profit; not prize or advantage). Until 2026-12-06 a word with more than eight in all was dropped,
    /// which left out most common words ("Gewinn", "Kosten", "Herbst" by its stem): twin-pair F1 on samples/tuning and dev
    /// 0.705 / 0.709 then, 0.757 / 0.748 with three (at the threshold of 0.1, dev gave 0.706 with two, 0.729 with five, 0.719 with eight).
    /// </summary>
    public const int MostConcepts = 3;

    private static readonly Lazy<BilingualDictionaries> InstalledInstance = new(() =>
        new BilingualDictionaries(Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? folder : DefaultFolder, ConceptCache.ForUser()));

    private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, ulong[]>>> languages = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<(string From, string To, string Index)> files;
    private readonly ConceptCache? cache;

    /// <param name="folder">Where the dictd files are.</param>
    /// <param name="cache">Where built concept tables are kept between runs; none, and each run builds them again.</param>
    public BilingualDictionaries(string folder, ConceptCache? cache = null)
    {
        Folder = folder;
        this.cache = cache;
        files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "freedict-*-*.index").Order(StringComparer.Ordinal).Select(Parse).OfType<(string, string, string)>().ToList()
            : [];
    }

    /// <summary>The machine's dictionaries.</summary>
    public static BilingualDictionaries Installed => InstalledInstance.Value;

    public string Folder { get; }

    /// <summary>The language pairs installed, as ISO 639-1 codes where one exists ("de-en").</summary>
    public IReadOnlyList<string> Pairs => files.Select(f => $"{f.From}-{f.To}").ToList();

    /// <summary>Whether any dictionary has this language on either side.</summary>
    public bool Knows(string language) => files.Any(f => f.From == language || f.To == language);

    /// <summary>
    /// The concepts of a folded word of this language: its own stem's and, where a dictionary has it, its translations'.
    /// Empty for a short word; only its own for a word no dictionary has.
    /// </summary>
    public ulong[] Concepts(string language, string foldedWord)
    {
        if (foldedWord.Length < ShortestWord)
        {
            return [];
        }

        var stem = WordStems.Stem(language, foldedWord);
        var own = Key(language, stem);
        if (!Knows(language))
        {
            return [own];
        }

        var words = languages.GetOrAdd(language, l => new Lazy<Dictionary<string, ulong[]>>(() => Kept(l), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        if (!words.TryGetValue(stem, out var translated))
        {
            return [own];
        }

        var concepts = new ulong[translated.Length + 1];
        concepts[0] = own;
        translated.CopyTo(concepts, 1);
        return concepts;
    }

    /// <summary>A concept: the language and the stem of one word, hashed.</summary>
    public static ulong Key(string language, string stem)
    {
        var hash = FoldedWords.Offset;
        foreach (var c in language)
        {
            hash = (hash ^ c) * FoldedWords.Prime;
        }

        hash = (hash ^ ':') * FoldedWords.Prime;
        foreach (var c in stem)
        {
            hash = (hash ^ c) * FoldedWords.Prime;
        }

        return FoldedWords.Mix(hash);
    }

    // The language's table from the cache where one was kept for these very files, else built and kept.
    private Dictionary<string, ulong[]> Kept(string language)
    {
        var sources = Sources(language).ToList();
        var path = cache?.PathOf(language, sources.SelectMany(s => new[] { s.Index, Path.ChangeExtension(s.Index, ".dict.dz") }));
        if (path is not null && ConceptCache.Read(path) is { } kept)
        {
            return kept;
        }

        // Seconds of silence otherwise, the first time a story page or `quotes` meets a language.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Console.Error.WriteLine($"dictionaries: reading {string.Join(", ", sources.Select(s => Path.GetFileNameWithoutExtension(s.Index)))} for '{language}' (once; then kept{(path is null ? " in memory" : " in " + Path.GetDirectoryName(path))})");
        var table = Load(language, sources);
        if (path is not null)
        {
            ConceptCache.Write(path, table);
        }

        Console.Error.WriteLine($"dictionaries: '{language}' ready, {table.Count:N0} words in {clock.Elapsed.TotalSeconds:F1} s");
        return table;
    }

    // The dictionaries with the language on the left, and those with it on the right where no dictionary goes back.
    private IEnumerable<(string From, string To, string Index)> Sources(string language) =>
        files.Where(f => f.From == language || (f.To == language && !files.Any(g => g.From == language && g.To == f.From)));

    private static Dictionary<string, ulong[]> Load(string language, IReadOnlyList<(string From, string To, string Index)> sources)
    {
        var gathered = new Dictionary<(string Stem, string Into), List<ulong>>();
        foreach (var (from, to, index) in sources)
        {
            var entries = Readable(index);
            if (from == language)
            {
                foreach (var entry in entries)
                {
                    if (Word(entry.Headword, from) is { } head)
                    {
                        Add(gathered, (head, to), entry.Translations.SelectMany(t => Stems(t, to)).Select(s => Key(to, s)));
                    }
                }
            }
            else
            {
                foreach (var entry in entries)
                {
                    if (Word(entry.Headword, from) is { } head)
                    {
                        foreach (var translation in entry.Translations)
                        {
                            if (Word(translation, to) is { } word)
                            {
                                Add(gathered, (word, from), [Key(from, head)]);
                            }
                        }
                    }
                }
            }
        }

        // Kept per language translated into: an English word has its translations in five languages, a German word in
        // two, and English's many must not crowd out a German word's one French translation. The dictd entries come in
        // file order (DictdFile reads them in order), so the first are the dictionary's first senses.
        return gathered.GroupBy(p => p.Key.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Value).ToArray(), StringComparer.Ordinal);
    }

    private static void Add(Dictionary<(string Stem, string Into), List<ulong>> gathered, (string Stem, string Into) key, IEnumerable<ulong> concepts)
    {
        if (!gathered.TryGetValue(key, out var list))
        {
            gathered[key] = list = [];
        }

        // Only the first few are kept; each language's concepts carry its tag, so the lists of one word never share one.
        foreach (var concept in concepts)
        {
            if (list.Count == MostConcepts)
            {
                return;
            }

            if (!list.Contains(concept))
            {
                list.Add(concept);
            }
        }
    }

    // A damaged dictionary (a cut download, a body that is not gzip) is left out with a warning: it cannot stop a run
    // that only reads it for one signal.
    private static IReadOnlyList<DictdEntry> Readable(string index)
    {
        try
        {
            return DictdFile.Read(index);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"warning: dictionary {index} left out: {e.Message}");
            return [];
        }
    }

    // The stem of a one-word phrase, or null: a text's words are looked up one by one.
    private static string? Word(string phrase, string language)
    {
        var stems = Stems(phrase, language).ToList();
        return stems.Count == 1 && !phrase.Contains(' ', StringComparison.Ordinal) ? stems[0] : null;
    }

    // The stems of a phrase's words long enough to carry meaning ("eel stock": eel is too short, stock is kept).
    private static IEnumerable<string> Stems(string phrase, string language)
    {
        foreach (var word in FoldedWords.Of(phrase))
        {
            if (word.Length >= ShortestWord)
            {
                yield return WordStems.Stem(language, FoldedWords.Text(phrase, word));
            }
        }
    }

    // "freedict-deu-eng.index" → ("de", "en", path); ISO 639-3 codes the machine's cultures don't know keep their name.
    private static (string, string, string)? Parse(string index)
    {
        var parts = Path.GetFileNameWithoutExtension(index).Split('-');
        return parts.Length == 3 && File.Exists(Path.ChangeExtension(index, ".dict.dz")) ? (TwoLetter(parts[1]), TwoLetter(parts[2]), index) : null;
    }

    private static string TwoLetter(string threeLetter) =>
        CultureInfo.GetCultures(CultureTypes.NeutralCultures).FirstOrDefault(c => c.ThreeLetterISOLanguageName == threeLetter)?.TwoLetterISOLanguageName ?? threeLetter;
}
