using Storyline.Languages;

namespace Storyline.Entities.Names;

/// <summary>
/// A language's common nouns in every form they are written (<c>&lt;code&gt;/nouns.txt.br</c>; German's is made by
/// <c>scripts/build-nouns.sh</c> from LanguageTool's german-pos-dict, CC BY-SA 4.0): "Flughafen", "Flughäfen", "Dörfern".
/// A language without the file has an empty lexicon, so that the rules reading it do nothing there.
/// </summary>
public sealed class NounLexicon
{
    public const string File = "nouns.txt.br";

    private readonly HashSet<string> forms;

    public NounLexicon(IEnumerable<string> forms) => this.forms = forms.Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);

    public static NounLexicon Empty { get; } = new([]);

    public bool IsEmpty => forms.Count == 0;

    public int Count => forms.Count;

    /// <summary>Whether the lexicon lists the word in this very form, capitals included.</summary>
    public bool Lists(string word) => forms.Contains(word);

    // The shortest last part of a compound looked up: shorter ones end names too ("-au", "-ach").
    private const int MinimumPart = 4;

    /// <summary>
    /// Whether the word is a noun: listed, or a compound whose last part, from some letter on written with a capital, is
    /// ("Vorjahresvergleich" ends in "Vergleich"); a part of three letters only after a linking "s" ("Aufsichts|rat"),
    /// which names rarely have before one.
    /// </summary>
    public bool ListsAsNoun(string word)
    {
        if (Lists(word))
        {
            return true;
        }

        for (var k = 1; word.Length - k >= MinimumPart || (word.Length - k == MinimumPart - 1 && word[k - 1] == 's'); k++)
        {
            if (Lists(char.ToUpperInvariant(word[k]) + word[(k + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The language's lexicon from its data files, or an empty one.</summary>
    public static NounLexicon Read(LanguageResources resources, string language) =>
        resources.ReadLines(language, File) is { } lines ? new NounLexicon(lines) : Empty;
}
