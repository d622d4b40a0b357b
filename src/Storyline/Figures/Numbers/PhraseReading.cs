namespace Storyline.Figures.Numbers;

/// <summary>A number phrase read from items: its first character, the index of its last item, its value and how it was written.</summary>
internal readonly record struct PhraseReading(int Start, int Last, double Value, bool Written, bool Scaled);
