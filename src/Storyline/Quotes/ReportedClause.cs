namespace Storyline.Quotes;

/// <summary>
/// A reported clause found by <see cref="ReportedSpeech"/>: characters [<see cref="Start"/>, <see cref="End"/>) of the
/// text; its cue is tokens [<see cref="Cue"/>, <see cref="CueEnd"/>) (-1 for a continuation); names before the cue are
/// read from token <see cref="From"/>, names after it up to token <see cref="Limit"/>.
/// </summary>
internal readonly record struct ReportedClause(int Start, int End, int Cue, int CueEnd, int From, int Limit, ReportedBy By);
