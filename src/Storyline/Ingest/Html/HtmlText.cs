using Storyline.Text;

namespace Storyline.Ingest.Html;

/// <summary>Whitespace helpers shared by the metadata reader and the block walker.</summary>
internal static class HtmlText
{
    /// <summary>Collapses every run of whitespace (including no-break spaces) to one space and trims; drops zero-width characters.</summary>
    public static string Collapse(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Whitespace.Collapse(text, dropInvisible: true);

    /// <summary>Zero-width and soft-hyphen characters that split words invisibly; tokenisation and matching must not see them.</summary>
    public static bool IsInvisible(char c) => Whitespace.IsInvisible(c);
}
