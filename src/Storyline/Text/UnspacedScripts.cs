namespace Storyline.Text;

/// <summary>
/// Scripts written without spaces between words: Han, Japanese kana, Thai, Lao, Myanmar and Khmer. A run of their letters
/// is a clause, not a word, so whatever counts words must cut it itself (into pairs of characters, as search engines do
/// for Chinese and Japanese where no segmenter is at hand).
/// </summary>
public static class UnspacedScripts
{
    public static bool Contains(char c) =>
        c is (>= '\u3040' and <= '\u30ff') // hiragana, katakana
            or (>= '\u3400' and <= '\u4dbf') // Han, extension A
            or (>= '\u4e00' and <= '\u9fff') // Han
            or (>= '\u0e00' and <= '\u0eff') // Thai, Lao
            or (>= '\u1000' and <= '\u109f') // Myanmar
            or (>= '\u1780' and <= '\u17ff'); // Khmer
}
