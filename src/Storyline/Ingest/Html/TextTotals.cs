namespace Storyline.Ingest.Html;

/// <summary>Text under one element: all characters, those inside links, and those in prose blocks (long, few links, unmarked).</summary>
internal readonly record struct TextTotals(int Chars, int LinkChars, int ProseChars)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public TextTotals Add(TextBlock block, bool prose)
        => new(Chars + block.Text.Length, LinkChars + block.LinkChars, ProseChars + (prose ? block.Text.Length : 0));
}
