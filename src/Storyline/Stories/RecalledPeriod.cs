namespace Storyline.Stories;

/// <summary>
/// An earlier period an article's lead names (<see cref="RecalledPeriods"/>), and the kind of event it names there where it
/// says which ("five weeks after its funding round": funding); a story of that time, and of that kind where one is named, is
/// no older for the article than that.
/// </summary>
public sealed record RecalledPeriod(DateTimeOffset From, DateTimeOffset To, string? Kind = null);
