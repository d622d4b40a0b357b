namespace Storyline.Ingest;

/// <summary>The formats Storyline reads.</summary>
public enum InputFormat
{
    Unknown,
    Text,
    Html,
    Feed,
    JsonLines,
    Json,
}
