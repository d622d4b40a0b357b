namespace Storyline.Quotes.Statements;

/// <summary>
/// Whether the sources of a statement credit it to the same speaker: <c>same</c> when every version that names a speaker
/// names one and the same (a spokesperson or "the company" already stands for its organisation), <c>differ</c> when two
/// versions name different speakers, <c>unknown</c> when no version names anyone.
/// </summary>
public enum AttributionVerdict
{
    Differ,
    Same,
    Unknown,
}
