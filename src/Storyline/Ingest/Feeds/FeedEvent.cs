using System.ServiceModel.Syndication;

namespace Storyline.Ingest.Feeds;

/// <summary>One thing learnt while walking a feed: channel metadata, an item, or a failure (fatal when the XML itself broke).</summary>
internal sealed record FeedEvent
{
    public SyndicationItem? Item { get; init; }

    public DateTimeOffset? Published { get; init; }

    public string? Language { get; init; }

    public string? Site { get; init; }

    public IngestFailure? Failure { get; init; }

    public bool IsFatal { get; init; }

    public static FeedEvent Fatal(IngestFailure failure) => new() { Failure = failure, IsFatal = true };
}
