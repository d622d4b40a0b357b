namespace Storyline.Evaluation.Ner;

/// <summary>
/// Labelled NER files found under paths (files or folders: .conllu, .conll, .bio, .iob), each with its language: the one its
/// path names (de/, enp_FR), else the one given, else one named further up its full path.
/// </summary>
public static class NerCorpus
{
    private static readonly string[] Extensions = [".conllu", ".conll", ".bio", ".iob"];

    public static IReadOnlyList<(string Path, string Language)> Files(IEnumerable<string> paths, string? language = null)
    {
        var files = new List<(string, string)>();
        foreach (var path in paths)
        {
            IEnumerable<string> found = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal)
                : File.Exists(path) ? new[] { path } : throw new FileNotFoundException($"no such file or directory: {path}");
            foreach (var file in found)
            {
                // The path's own language first: "--language en" over a folder of de/, en/ and fr/ read German as English.
                var lang = ConllReader.LanguageOf(Path.GetRelativePath(Directory.Exists(path) ? path : ".", file))
                    ?? language
                    ?? ConllReader.LanguageOf(Path.GetFullPath(file))
                    ?? throw new InvalidDataException($"{file}: cannot tell its language from the path; pass --language.");
                files.Add((file, lang));
            }
        }

        return files;
    }

    public static List<LabelledSentence> Read(IEnumerable<(string Path, string Language)> files, NerSplit? split) =>
        files.SelectMany(f => NerSplits.Take(ConllReader.Read(f.Path, f.Language), split)).ToList();
}
