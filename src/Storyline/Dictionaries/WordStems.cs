using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Tartarus.Snowball;

namespace Storyline.Dictionaries;

/// <summary>
/// The Snowball stem of a folded word, so that "bureaux" meets a dictionary's headword "bureau", "Unternehmens" meets
/// "Unternehmen" and "offices" meets "office" (Snowball leaves "Büros" whole: German drops an s only after some letters). Snowball ships a stemmer for each major European language (in Lucene.Net); a language without one keeps
/// its words whole. Snowball's programs keep state, so each thread has its own.
/// </summary>
public static class WordStems
{
    private static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static Dictionary<string, SnowballProgram?>? programs;

    public static string Stem(string language, string word)
    {
        programs ??= new Dictionary<string, SnowballProgram?>(StringComparer.Ordinal);
        if (!programs.TryGetValue(language, out var program))
        {
            program = Types.GetOrAdd(language, Find) is { } type ? (SnowballProgram?)Activator.CreateInstance(type) : null;
            programs[language] = program;
        }

        if (program is null)
        {
            return word;
        }

        program.SetCurrent(word);
        program.Stem();
        return program.Current;
    }

    // Lucene names its stemmers after the language's English name: "de" → GermanStemmer.
    private static Type? Find(string language)
    {
        string name;
        try
        {
            name = CultureInfo.GetCultureInfo(language).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }

        return typeof(SnowballProgram).Assembly.GetType($"Lucene.Net.Tartarus.Snowball.Ext.{name}Stemmer");
    }
}
