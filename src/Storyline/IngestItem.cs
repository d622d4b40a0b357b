namespace Storyline;

/// <summary>What a reader yields: a document or a failure, in file order.</summary>
public readonly record struct IngestItem(RawDocument? Document, IngestFailure? Failure)
{
    public static implicit operator IngestItem(RawDocument document) => new(document, null);

    public static implicit operator IngestItem(IngestFailure failure) => new(null, failure);
}
