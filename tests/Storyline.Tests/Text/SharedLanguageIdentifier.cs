using Storyline.Text;

namespace Storyline.Tests.Text;

/// <summary>One identifier for all tests, as in production: construction loads and probes CLD2.</summary>
internal static class SharedLanguageIdentifier
{
    private static readonly Lazy<LanguageIdentifier> Lazy = new(() => new LanguageIdentifier());

    public static LanguageIdentifier Instance => Lazy.Value;
}
