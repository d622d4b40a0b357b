using System.Security.Cryptography;
using System.Text;
using Storyline.Text;

namespace Storyline;

/// <summary>
/// An article's id: SHA-256 of its source URL (when given) and its content with whitespace folded,
/// so re-ingesting the same content from any path is recognised, and the same text at two URLs stays two articles.
/// </summary>
/// <remarks>The id is persisted; changing this function needs a store migration (a test pins a literal value).</remarks>
public static class ArticleIdentity
{
    public const int Length = 16;

    public static string For(string? url, string normalizedContent)
    {
        var folded = (url?.Trim() ?? "") + "\n" + Whitespace.Collapse(normalizedContent);
        return Hex(SHA256.HashData(Encoding.UTF8.GetBytes(folded)))[..Length];
    }

    public static string HashBytes(ReadOnlySpan<byte> bytes) => Hex(SHA256.HashData(bytes));

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
