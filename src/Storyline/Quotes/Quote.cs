namespace Storyline.Quotes;

/// <summary>
/// A quotation of an article: <see cref="Start"/>/<see cref="Length"/> cover the quoted words without the quotation
/// marks (UTF-16 offsets into the article text); <see cref="Speaker"/> is an entity's canonical name, or null when the
/// text does not say; <see cref="Cue"/> is the attribution cue as written ("a déclaré", "sagte"), or null.
/// </summary>
public sealed record Quote(string Text, int Start, int Length, QuoteKind Kind, string? Speaker, string? Cue)
{
    /// <summary>
    /// Where the attribution names its speaker with words that are no entity, those words as written ("der
    /// Demonstrationsleiter", "a senior official", "un responsable syndical"); null when <see cref="Speaker"/> is set or
    /// nobody is named. Shown to readers in place of a name; never compared as one.
    /// </summary>
    public string? SpeakerText { get; init; }

    /// <summary>
    /// Where the text names the speaker for this quote, as written beside it ("sagte er", "a declaré la SNCF", "Der
    /// Demonstrationsleiter sagte"): a pronoun stays a pronoun here while <see cref="Speaker"/> is the entity it stands for.
    /// A quote that goes on from the one before has that one's. Null when nothing near the quote names the speaker.
    /// </summary>
    public TextSpan? SpeakerSpan { get; init; }
}
