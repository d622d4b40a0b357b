namespace Storyline.Quotes;

/// <summary>How a reported clause is attributed, which says where its speaker is named.</summary>
internal enum ReportedBy
{
    /// <summary>A verb before the clause: "Lumora said (that) …", the speaker named around the verb.</summary>
    VerbBefore,

    /// <summary>A verb after the clause: "…, erklärte ein Verband", "…, the company said".</summary>
    VerbAfter,

    /// <summary>A source phrase: "Selon X, …", "…, according to X".</summary>
    Source,

    /// <summary>No cue: German subjunctive that goes on with the speaker of the quote before it.</summary>
    Continued,
}
