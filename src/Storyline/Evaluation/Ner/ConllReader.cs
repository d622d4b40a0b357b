namespace Storyline.Evaluation.Ner;

/// <summary>
/// Reads token-per-line NER data: CoNLL-U-like (<c>index TAB token TAB tag</c>, WikiNEuRal) or <c>token tag</c>
/// (Europeana, CoNLL-2003: the tag is the last column). Blank lines end sentences; data without them (Europeana) is cut
/// after sentence-final punctuation. IOB1 tags (a span opening with I-) are turned into BIO; a token without a tag is O.
/// </summary>
public static class ConllReader
{
    private const int MaxUnbrokenSentence = 120;

    public static IEnumerable<LabelledSentence> Read(string path, string language)
    {
        // Europeana's files have no sentence breaks; a file with blank lines is cut only at them.
        var unbroken = !File.ReadLines(path).Take(5000).Any(l => l.Trim().Length == 0);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var tokens = new List<string>();
        var tags = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.Trim().Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return Sentence(tokens, tags, language);
                }

                continue;
            }

            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Contains('\t', StringComparison.Ordinal) ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // A token the annotators left without a tag (Europeana has a few) is outside any entity.
            var token = fields.Length >= 3 && int.TryParse(fields[0], out _) ? fields[1] : fields[0];
            tokens.Add(token);
            tags.Add(fields.Length >= 2 ? fields[^1].Trim() : "O");
            if (tokens.Count >= MaxUnbrokenSentence || (unbroken && token is "." or "!" or "?" && tokens.Count >= 5))
            {
                yield return Sentence(tokens, tags, language);
            }
        }

        if (tokens.Count > 0)
        {
            yield return Sentence(tokens, tags, language);
        }
    }

    /// <summary>The language a data file holds, from its path: a folder named de/en/fr or a name like enp_DE.x.bio.</summary>
    public static string? LanguageOf(string path)
    {
        foreach (var part in path.Split(Path.DirectorySeparatorChar, '/').Reverse())
        {
            if (part.Length == 2 && part.All(char.IsAsciiLetterLower))
            {
                return part;
            }

            var name = Path.GetFileNameWithoutExtension(part);
            var underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore >= 0 && name.Length >= underscore + 3 && char.IsAsciiLetterUpper(name[underscore + 1]) && char.IsAsciiLetterUpper(name[underscore + 2]))
            {
                return name.Substring(underscore + 1, 2).ToLowerInvariant();
            }
        }

        return null;
    }

    private static LabelledSentence Sentence(List<string> tokens, List<string> tags, string language)
    {
        var bio = new string[tags.Count];
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var type = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            if (type is null)
            {
                bio[i] = "O";
            }
            else if (tag[0] == 'I' && (i == 0 || bio[i - 1] == "O" || bio[i - 1][2..] != type))
            {
                bio[i] = "B-" + type;
            }
            else
            {
                bio[i] = tag[0] is 'B' or 'I' ? tag : "O";
            }
        }

        var sentence = new LabelledSentence(tokens.ToArray(), bio, language);
        tokens.Clear();
        tags.Clear();
        return sentence;
    }
}
