using System.Security.Cryptography;
using System.Text;

namespace Storyline.Evaluation.Boilerplate;

/// <summary>
/// Splits benchmark pages into a tuning half and a reporting half by the SHA-256 of their URL: first byte even is
/// <see cref="Dev"/>, odd is <see cref="Test"/>. Stable across runs and machines, and independent of file order.
/// </summary>
public static class BenchmarkSplit
{
    public const string Dev = "dev";
    public const string Test = "test";
    public const string All = "all";

    public static string Of(string url)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(url), hash);
        return hash[0] % 2 == 0 ? Dev : Test;
    }

    /// <summary>Whether a page of <paramref name="pageSplit"/> takes part in a run over <paramref name="requested"/>.</summary>
    public static bool Includes(string requested, string pageSplit)
        => string.Equals(requested, All, StringComparison.OrdinalIgnoreCase) || string.Equals(requested, pageSplit, StringComparison.OrdinalIgnoreCase);
}
