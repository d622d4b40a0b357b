using System.Text;
using Storyline.Entities;

namespace Storyline.StoryBench.Corpus;

/// <summary>
/// The words and names the generated articles are made of: per language a vocabulary of distinct syllable-made words
/// (each language its own syllables, so its stems are its own), ranked so frequent words are short and the long tail is
/// three and four syllables (the content words whose stems become story terms); and pools of people, organisations and
/// places, each name made from its index (nothing is stored per name).
/// </summary>
public sealed class Lexicon
{
    public static readonly string[] Languages = ["en", "de", "fr", "es", "it", "nl"];

    /// <summary>Share of stories first told in each language of <see cref="Languages"/>.</summary>
    public static readonly double[] LanguageShares = [0.30, 0.20, 0.18, 0.12, 0.11, 0.09];

    public const int WordsPerLanguage = 40_000;

    public const int People = 300_000;

    public const int Organisations = 60_000;

    /// <summary>Few places, drawn with Zipf weights: capitals and large countries are named by many stories.</summary>
    public const int Places = 3_000;

    private static readonly Dictionary<string, (string[] Onsets, string[] Vowels, string[] Codas)> Syllables = new(StringComparer.Ordinal)
    {
        ["en"] = (["b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "w", "br", "ch", "cr", "sh", "st", "th", "tr"], ["a", "e", "i", "o", "u", "ea", "oo", "ay"], ["", "", "n", "r", "s", "t", "ng", "ck"]),
        ["de"] = (["b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "s", "t", "w", "z", "sch", "st", "br", "kr", "pf", "gr"], ["a", "e", "i", "o", "u", "ei", "au", "ie", "ä", "ü"], ["", "n", "r", "t", "ng", "ch", "ss", "lt"]),
        ["fr"] = (["b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "ch", "gr", "pr", "tr", "qu"], ["a", "e", "i", "o", "u", "ou", "ai", "é", "è", "eu"], ["", "", "n", "r", "s", "x", "t", "nt"]),
        ["es"] = (["b", "c", "d", "f", "g", "j", "l", "m", "n", "p", "r", "s", "t", "v", "ll", "ch", "pr", "tr", "br"], ["a", "e", "i", "o", "u", "ia", "ue", "ió", "á"], ["", "", "n", "r", "s", "l", "d"]),
        ["it"] = (["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "z", "gl", "gn", "sc", "pr", "tr", "st"], ["a", "e", "i", "o", "u", "ia", "io", "à", "è"], ["", "", "", "n", "r", "l", "tt", "zz"]),
        ["nl"] = (["b", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "sch", "st", "kr", "gr"], ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ij", "ui"], ["", "n", "r", "t", "k", "ld", "nd", "cht"]),
    };

    private static readonly string[] FirstSyllables = ["an", "ma", "jo", "el", "li", "sa", "to", "ka", "ro", "mi", "da", "le", "ni", "pa", "ve", "lu", "fe", "ha", "ri", "so"];

    private static readonly string[] OrganisationKinds = ["Group", "Bank", "AG", "SA", "Holdings", "Motors", "Energy", "Partners", "Systems", "Institute", "Party", "Foundation", "Airlines", "Pharma", "Union"];

    private readonly Dictionary<string, string[]> words = new(StringComparer.Ordinal);
    private readonly int seed;

    public Lexicon(int seed)
    {
        this.seed = seed;
        foreach (var language in Languages)
        {
            words[language] = Vocabulary(language, seed);
        }
    }

    /// <summary>The word of this rank (0 the most frequent) in a language.</summary>
    public string Word(string language, int rank) => words[language][rank];

    public string Name(EntityType type, int index) => type switch
    {
        EntityType.Person => Capital(Made(index, 1, 2, 0x9e37)) + " " + Capital(Made(index, 2, 3, 0x7f4a)),
        EntityType.Organisation => Capital(Made(index, 2, 3, 0x3c6e)) + " " + OrganisationKinds[(int)(Hash(index, 0x1357) % (ulong)OrganisationKinds.Length)],
        _ => Capital(Made(index, 2, 3, 0x5bd1)),
    };

    private string Made(int index, int min, int max, ulong salt)
    {
        var random = new SplitMix(Hash(index, salt));
        var builder = new StringBuilder();
        var syllables = min + random.Next(max - min + 1);
        for (var s = 0; s < syllables; s++)
        {
            builder.Append(FirstSyllables[random.Next(FirstSyllables.Length)]);
            if (random.Next(3) == 0)
            {
                builder.Append("nrlstk"[random.Next(6)]);
            }
        }

        return builder.ToString();
    }

    private ulong Hash(int index, ulong salt) => Duplicates.FoldedWords.Mix(((ulong)(uint)seed << 32) ^ (salt << 20) ^ (ulong)index);

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string[] Vocabulary(string language, int seed)
    {
        var (onsets, vowels, codas) = Syllables[language];
        var random = new Random(seed + (language[0] * 131) + language[1]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new string[WordsPerLanguage];
        var builder = new StringBuilder();
        for (var rank = 0; rank < list.Length; rank++)
        {
            var syllables = rank < 80 ? 1 : rank < 2_500 ? 2 : rank < 25_000 ? 3 : 4;
            string word;
            do
            {
                builder.Clear();
                for (var s = 0; s < syllables; s++)
                {
                    builder.Append(onsets[random.Next(onsets.Length)]).Append(vowels[random.Next(vowels.Length)]);
                    if (s == syllables - 1 || random.Next(4) == 0)
                    {
                        builder.Append(codas[random.Next(codas.Length)]);
                    }
                }

                word = builder.ToString();
            }
            while (!seen.Add(word));

            list[rank] = word;
        }

        return list;
    }
}
