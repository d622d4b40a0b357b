namespace Storyline.Text;

/// <summary>
/// A passage whose language differs confidently from the article's main language: a whole paragraph, or a quotation
/// inside one (<see cref="Start"/> and <see cref="Length"/> within the paragraph; a whole paragraph has Length -1).
/// </summary>
public sealed record ForeignParagraph(int Index, string Code, double Confidence)
{
    public int Start { get; init; }

    public int Length { get; init; } = -1;
}
