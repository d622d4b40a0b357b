namespace Storyline.Entities.Names;

/// <summary>
/// A name as <see cref="NameCatalog.Match"/> looks for it: the tokens after the first, whether the first token is an acronym
/// (then the text must be written in capitals too: "EU", not the Portuguese pronoun "eu"), and the prebuilt result.
/// </summary>
internal sealed record TokenCandidate(string[] Rest, bool Acronym, long Rank, NameMatch Result);
