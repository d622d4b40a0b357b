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

    /// <summary>The language's lexicon from its data files, or an empty one.</summary>
    public static NounLexicon Read(LanguageResources resources, string language) =>
        resources.ReadLines(language, File) is { } lines ? new NounLexicon(lines) : Empty;
}
