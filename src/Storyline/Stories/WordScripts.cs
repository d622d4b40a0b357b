using Storyline.Text;

namespace Storyline.Stories;

/// <summary>
/// The kinds of script a story's word terms are written in: spaced words, or pairs of characters of a script written
/// without spaces (<see cref="UnspacedScripts"/>). A word of one kind never equals a word of the other, so an article is
/// compared only with the story's words of the kinds it writes: a Chinese article in an English story does not dilute
/// the English words the next English article is compared with.
/// </summary>
[Flags]
internal enum WordScripts
{
    None = 0,
    Spaced = 1,
    Unspaced = 2,
}

internal static class WordScript
{
    /// <summary>The kind of a word term ("w:grève", "w:英国").</summary>
    public static WordScripts Of(string term) => term.Length > 2 && UnspacedScripts.Contains(term[2]) ? WordScripts.Unspaced : WordScripts.Spaced;
}
