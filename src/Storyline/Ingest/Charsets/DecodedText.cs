namespace Storyline.Ingest.Charsets;

/// <summary>Bytes turned into text, with the encoding that was used and how it was chosen.</summary>
public sealed record DecodedText(string Text, string EncodingName, string How)
{
    /// <summary>Set when the bytes were not what they claimed (invalid UTF-8); the text is still usable.</summary>
    public string? Warning { get; init; }
}
