namespace Storyline.Stories;

/// <summary>
/// One dated step of a story: its date (the earliest publication date of its articles) where known, else how many days
/// after the story's first step the texts place it (<see cref="DaysAfterStart"/>, from a lead that refers back: "last
/// month"); a headline, and the articles behind it.
/// </summary>
public sealed record TimelineStep(DateTimeOffset? Date, int? DaysAfterStart, string Headline, IReadOnlyList<string> Articles);
