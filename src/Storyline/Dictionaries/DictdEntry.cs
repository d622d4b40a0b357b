namespace Storyline.Dictionaries;

/// <summary>One headword of a bilingual dictionary and its translations (words or short phrases).</summary>
public sealed record DictdEntry(string Headword, IReadOnlyList<string> Translations);
