namespace Storyline.Entities.Names;

/// <summary>
/// One entry a written name may stand for: its canonical name, its rank (higher wins), and the name columns it was found in
/// (<see cref="Languages"/> bit set; <see cref="Neutral"/> when it is the canonical, native or alias form, good in any language).
/// </summary>
internal readonly record struct NameCandidate(CanonicalName Name, long Rank, ulong Languages, bool Neutral);
