namespace Storyline.Figures.Numbers;

/// <summary>
/// A number phrase read from items: its first character, the index of its last item, its value and how it was written.
/// ArticleOnly: made of an indefinite article alone ("un"), a number only as the first term of a ratio ("un sur trois").
/// </summary>
internal readonly record struct PhraseReading(int Start, int Last, double Value, bool Written, bool Scaled, bool ArticleOnly);
