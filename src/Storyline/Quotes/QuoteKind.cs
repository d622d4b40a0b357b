namespace Storyline.Quotes;

/// <summary>Whether a quote is given in the speaker's own words (between quotation marks) or reported.</summary>
public enum QuoteKind
{
    Direct,
    Indirect,
}
